import { setTimeout as sleep } from "node:timers/promises";
import type { BenchOptions } from "./options";
import { LoadGenerator, type LoadResults } from "./load";
import type { WorkerRoom } from "./load-protocol";
import type { ProbeSample } from "./probe";
import type { BenchServer } from "./server-process";

export interface RunResult {
  server: "ours" | "stock";
  /** Our server's journal fsync policy. */
  fsync?: "off" | "interval" | "always";
  rooms: number;
  load: LoadResults;
  /** Server figures over the measured window. */
  cpuPercent: number;
  loopP99: number;
  loopMax: number;
  /** Garbage-collection pauses in the measured window. */
  gc: ProbeSample["gc"];
  rss: number;
  /** Our /metrics' own nodejs_eventloop_lag_p99_seconds over the window, in ms (it includes prom-client's 10 ms sampling interval). */
  metricsLagP99?: number;
  /** Our group commits over the window: how many per second, updates per commit, mean time per commit (ms). */
  commits?: { perSecond: number; meanBatch: number; meanMs: number };
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
    const metricsBefore = server.kind === "ours" ? await scrapeMetrics(server) : undefined;
    started = performance.now();
    await sleep(durationMs);
    const after = await server.sample();
    const windowMs = performance.now() - started;
    const metricsAfter = server.kind === "ours" ? await scrapeMetrics(server) : undefined;
    const commits = metricsBefore && metricsAfter ? commitFigures(metricsBefore, metricsAfter, windowMs) : undefined;
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
      gc: after.gc,
      rss: after.rss,
      metricsLagP99: metricsAfter?.lagP99,
      commits,
      heapBaseline: baseline.heapUsed,
      heapLoaded: loaded.heapUsed,
      heapAfter: after2.heapUsed,
      connectSeconds,
    };
  } finally {
    load.stop();
  }
}

interface Scraped {
  lagP99: number;
  commitCount: number;
  commitSeconds: number;
  committedUpdates: number;
}

/** Reads our /metrics (which also resets prom-client's event-loop lag histogram). */
async function scrapeMetrics(server: BenchServer): Promise<Scraped> {
  const text = await (await fetch(`${server.httpUrl}/metrics`)).text();
  const value = (name: string) => {
    const match = new RegExp(`^${name} (\\S+)$`, "m").exec(text);
    return match ? Number(match[1]) : NaN;
  };
  return {
    lagP99: value("nodejs_eventloop_lag_p99_seconds") * 1000,
    commitCount: value("secondear_sync_persist_seconds_count"),
    commitSeconds: value("secondear_sync_persist_seconds_sum"),
    committedUpdates: value("secondear_sync_persist_batch_size_sum"),
  };
}

function commitFigures(before: Scraped, after: Scraped, windowMs: number): RunResult["commits"] {
  const count = after.commitCount - before.commitCount;
  return {
    perSecond: count / (windowMs / 1000),
    meanBatch: (after.committedUpdates - before.committedUpdates) / count,
    meanMs: ((after.commitSeconds - before.commitSeconds) / count) * 1000,
  };
}
