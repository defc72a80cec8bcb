import { setTimeout as sleep } from "node:timers/promises";
import type { BenchOptions } from "./options";
import { LoadGenerator, type LoadResults } from "./load";
import type { WorkerRoom } from "./load-protocol";
import type { BenchServer } from "./server-process";

export interface RunResult {
  server: "ours" | "stock";
  rooms: number;
  load: LoadResults;
  /** Server figures over the measured window. */
  cpuPercent: number;
  loopP99: number;
  loopMax: number;
  rss: number;
  /** Our /metrics' own nodejs_eventloop_lag_p99_seconds over the window, in ms (it includes prom-client's 10 ms sampling interval). */
  metricsLagP99?: number;
  heapBaseline: number;
  heapLoaded: number;
  heapAfter: number;
  connectSeconds: number;
}

const log = (message: string) => console.error(`  ${message}`);

/** One server, R rooms × 2 editors: connect, edit, measure, leave, measure the heap again. */
export async function runLoad(server: BenchServer, rooms: WorkerRoom[], options: BenchOptions): Promise<RunResult> {
  await sleep(2_000); // let start-up work settle
  const baseline = await server.sample({ gc: true });
  const load = new LoadGenerator(server.wsUrl, rooms, options.workers);
  try {
    let started = performance.now();
    await load.connect();
    const connectSeconds = (performance.now() - started) / 1000;
    log(`${server.kind}: ${rooms.length * 2} editors connected in ${connectSeconds.toFixed(1)} s; editing…`);
    const durationMs = options.seconds * 1000;
    const results = load.run({
      cps: options.cps,
      tagEveryMs: options.tagEverySeconds * 1000,
      warmupMs: options.warmupSeconds * 1000,
      durationMs,
      graceMs: 2_000,
    });
    await sleep(options.warmupSeconds * 1000);
    const before = await server.sample();
    if (server.kind === "ours") await scrapeLagP99(server);
    started = performance.now();
    await sleep(durationMs);
    const after = await server.sample();
    const windowMs = performance.now() - started;
    const metricsLagP99 = server.kind === "ours" ? await scrapeLagP99(server) : undefined;
    const loadResults = await results;
    const loaded = await server.sample({ gc: true });
    await load.leave();
    log(`${server.kind}: clients left; heap again in ${options.afterSeconds} s…`);
    await sleep(options.afterSeconds * 1000);
    const after2 = await server.sample({ gc: true });
    return {
      server: server.kind,
      rooms: rooms.length,
      load: loadResults,
      cpuPercent: ((after.cpuMs - before.cpuMs) / windowMs) * 100,
      loopP99: after.loopDelay.p99,
      loopMax: after.loopDelay.max,
      rss: after.rss,
      metricsLagP99,
      heapBaseline: baseline.heapUsed,
      heapLoaded: loaded.heapUsed,
      heapAfter: after2.heapUsed,
      connectSeconds,
    };
  } finally {
    load.stop();
  }
}

/** Reads (and so resets) prom-client's event-loop lag histogram on our /metrics. */
async function scrapeLagP99(server: BenchServer): Promise<number> {
  const text = await (await fetch(`${server.httpUrl}/metrics`)).text();
  const match = /^nodejs_eventloop_lag_p99_seconds (\S+)$/m.exec(text);
  return match ? Number(match[1]) * 1000 : NaN;
}
