import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { WorkerCommand, WorkerEvent, WorkerRoom } from "./load-protocol";
import { ROOT } from "./server-process";

const WORKER = path.join(ROOT, "bench/sync/load-worker.ts");

export interface LoadResults {
  /** Propagation latencies in ms: text keystrokes and tags. */
  text: number[];
  tag: number[];
  sent: number;
  seen: number;
  /** Worst load-generator event-loop delay p99 (ms): high values mean the clients, not the server, lag. */
  workerLoopP99: number;
}

/** Load-generator processes, each owning a share of the rooms (both editors of a room in one process). */
export class LoadGenerator {
  private readonly workers: ChildProcess[];

  constructor(
    private readonly url: string,
    private readonly rooms: WorkerRoom[],
    workerCount: number,
  ) {
    this.workers = Array.from({ length: Math.min(workerCount, rooms.length) }, () =>
      fork(WORKER, [], { cwd: ROOT, execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] }),
    );
  }

  /** Connects every editor; resolves once all are synced. */
  async connect(): Promise<void> {
    await this.each((worker, i) => ({
      type: "connect",
      url: this.url,
      rooms: this.rooms.filter((_, r) => r % this.workers.length === i),
    }), "connected");
  }

  /** Everyone edits for warm-up + duration; samples are taken after warm-up only. */
  async run(options: { cps: number; tagEveryMs: number; warmupMs: number; durationMs: number; graceMs: number }): Promise<LoadResults> {
    const events = await this.each(() => ({ type: "start", ...options }), "results");
    const results: LoadResults = { text: [], tag: [], sent: 0, seen: 0, workerLoopP99: 0 };
    for (const event of events) {
      if (event.type !== "results") continue;
      for (const value of event.text) results.text.push(value);
      for (const value of event.tag) results.tag.push(value);
      results.sent += event.sent;
      results.seen += event.seen;
      results.workerLoopP99 = Math.max(results.workerLoopP99, event.loopP99);
    }
    return results;
  }

  /** Every client disconnects. */
  async leave(): Promise<void> {
    await this.each(() => ({ type: "leave" }), "left");
  }

  stop(): void {
    for (const worker of this.workers) if (worker.connected) worker.kill();
  }

  private each(command: (worker: ChildProcess, i: number) => WorkerCommand, answer: WorkerEvent["type"]): Promise<WorkerEvent[]> {
    return Promise.all(
      this.workers.map(
        (worker, i) =>
          new Promise<WorkerEvent>((resolve, reject) => {
            const onExit = (code: number | null) => reject(new Error(`load worker exited (${code})`));
            const onMessage = (event: WorkerEvent) => {
              if (event.type !== answer) return;
              worker.off("message", onMessage).off("exit", onExit);
              resolve(event);
            };
            worker.on("message", onMessage).on("exit", onExit);
            worker.send(command(worker, i));
          }),
      ),
    );
  }
}
