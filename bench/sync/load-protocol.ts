/** Messages between the bench (load.ts) and its load-generator processes (load-worker.ts). */
export interface WorkerRoom {
  name: string;
  /** One per editor; null for the stock server, which has no auth. */
  tokens: (string | null)[];
}

export type WorkerCommand =
  | { type: "connect"; url: string; rooms: WorkerRoom[] }
  | { type: "start"; cps: number; tagEveryMs: number; warmupMs: number; durationMs: number; graceMs: number }
  | { type: "leave" };

export type WorkerEvent =
  | { type: "connected" }
  | { type: "results"; text: number[]; tag: number[]; sent: number; seen: number; loopP99: number }
  | { type: "left" };
