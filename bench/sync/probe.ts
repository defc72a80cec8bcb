// Preloaded (`--import`) into a benchmarked server process, ours and the stock one
// alike: answers the bench's IPC questions with heap, RSS, CPU time and
// event-loop delay, and runs a full GC first when asked (needs --expose-gc).
// It adds nothing to the server's own code paths.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import path from "node:path";
import { monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";

export interface ProbeSample {
  heapUsed: number;
  rss: number;
  /** CPU time (user + system) since the process started, in ms. */
  cpuMs: number;
  /** Event-loop delay since the previous sample, beyond the 10 ms sampling interval, in ms. */
  loopDelay: { p50: number; p99: number; max: number };
  /** Garbage-collection pauses since the previous sample (the main thread stops for each). */
  gc: { count: number; totalMs: number; maxMs: number };
}

export const PROBE_RESOLUTION_MS = 10;

if (process.send) {
  const histogram = monitorEventLoopDelay({ resolution: PROBE_RESOLUTION_MS });
  histogram.enable();
  let gc: ProbeSample["gc"] = { count: 0, totalMs: 0, maxMs: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.count++;
      gc.totalMs += entry.duration;
      gc.maxMs = Math.max(gc.maxMs, entry.duration);
    }
  }).observe({ entryTypes: ["gc"] });
  // The histogram records whole intervals between ticks; delay is what exceeds the interval.
  const delay = (ns: number) => Math.max(0, ns / 1e6 - PROBE_RESOLUTION_MS);
  process.on("message", (message: { probe?: "sample"; gc?: boolean; id?: number }) => {
    if (message?.probe !== "sample") return;
    const collect = (globalThis as { gc?: () => void }).gc;
    if (message.gc && collect) for (let i = 0; i < 3; i++) collect();
    const cpu = process.cpuUsage();
    const sample: ProbeSample = {
      heapUsed: process.memoryUsage().heapUsed,
      rss: process.memoryUsage.rss(),
      cpuMs: (cpu.user + cpu.system) / 1000,
      loopDelay: { p50: delay(histogram.percentile(50)), p99: delay(histogram.percentile(99)), max: delay(histogram.max) },
      gc,
    };
    histogram.reset();
    gc = { count: 0, totalMs: 0, maxMs: 0 };
    process.send?.({ probeReply: message.id, sample });
    profileWindow();
  });
  // The bench went away: shut down as an operator would.
  process.on("disconnect", () => process.kill(process.pid, "SIGTERM"));
}

// BENCH_SYNC_PROFILE_DIR=/tmp/prof: one CPU profile per window between two samples
// (so the measured window is one file), written without stopping the server.
const profileDir = process.env.BENCH_SYNC_PROFILE_DIR;
const session = profileDir ? new Session() : null;
let profiles = 0;
if (session) {
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.start");
}
function profileWindow(): void {
  if (!session || !profileDir) return;
  const file = path.join(profileDir, `${process.pid}-${profiles++}.cpuprofile`);
  session.post("Profiler.stop", (error, result) => {
    if (!error) writeFileSync(file, JSON.stringify(result.profile));
    session.post("Profiler.start");
  });
}
