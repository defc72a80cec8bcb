import os from "node:os";
import type { BenchOptions } from "./options";
import type { ColdLoad } from "./cold-load";
import type { RunResult } from "./run-load";
import { kb, mb, median, ms, pct, percentile, table } from "./stats";

interface Goal {
  label: string;
  met: boolean;
}

const COLD_GOAL_MS = 100;

const times = (ratio: number) => `${Number.isFinite(ratio) ? ratio.toFixed(2) : "∞"}×`;

/** Prints every figure, one table per room count, the goals and which were missed. */
export function printReport(input: {
  options: BenchOptions;
  database: string;
  runs: RunResult[];
  cold: { runs: ColdLoad[]; reload: ColdLoad[]; empty: number[] };
}): void {
  const { options, runs, cold } = input;
  const goals: Goal[] = [];
  const goal = (label: string, met: boolean) => {
    goals.push({ label, met });
    return met ? "ok" : "MISSED";
  };
  console.log(
    `\nSync benchmark: ${options.seconds} s measured after ${options.warmupSeconds} s warm-up, 2 editors per room, ` +
      `${options.cps} chars/s + caret each, a tag every ${options.tagEverySeconds} s each; ` +
      `${options.workers} load processes; our server on ${input.database}; ` +
      `load average ${os.loadavg().map((l) => l.toFixed(2)).join(", ")} (${os.cpus().length} cores) at the end`,
  );
  for (const count of [...new Set(runs.map((r) => r.rooms))]) {
    const judged = (r: RunResult) => r.server === "ours" && (r.fsync ?? options.fsync[0]) === options.fsync[0];
    const ours = runs.find((r) => r.rooms === count && judged(r))!;
    const stock = runs.find((r) => r.rooms === count && r.server === "stock");
    const p99Goal = count <= 10 ? 50 : 100;
    // A change never delivered (within the window and 2 s of grace) counts as infinitely late.
    const all = (r: RunResult) => [...r.load.text, ...r.load.tag, ...Array<number>(r.load.sent - r.load.seen).fill(Infinity)];
    const lat = (r: RunResult | undefined, p: number) => (r ? percentile(all(r), p) : NaN);
    const perRoom = (r: RunResult | undefined) => (r ? (r.heapLoaded - r.heapBaseline) / r.rooms : NaN);
    const back = (r: RunResult | undefined) => (r ? ((r.heapAfter - r.heapBaseline) / r.heapBaseline) * 100 : NaN);
    // With --repeat, the table shows the first pair of runs and the ratio goal is judged on the median pair.
    const oursRuns = runs.filter((r) => r.rooms === count && judged(r));
    const stockRuns = runs.filter((r) => r.rooms === count && r.server === "stock");
    const ratios = stockRuns.map((s, i) => lat(oursRuns[i], 99) / lat(s, 99));
    const ratio = stock ? median(ratios) : NaN;
    const row = (metric: string, value: (r: RunResult | undefined) => string, target = "", verdict = "") => [
      metric,
      value(ours),
      value(stock),
      target,
      verdict,
    ];
    const rows = [
      row("changes measured (delivered/sent)", (r) => (r ? `${r.load.seen}/${r.load.sent}` : "–")),
      row("propagation p50", (r) => ms(lat(r, 50))),
      row("propagation p95", (r) => ms(lat(r, 95))),
      row("propagation p99", (r) => ms(lat(r, 99)), `≤ ${p99Goal} ms`, goal(`R=${count}: p99 ≤ ${p99Goal} ms`, lat(ours, 99) <= p99Goal)),
      row("  tags only, p99 (delivered ones)", (r) => ms(r ? percentile(r.load.tag, 99) : NaN)),
      row(
        ratios.length > 1 ? `p99 ratio ours/stock (median of ${ratios.length} pairs)` : "p99 ratio ours/stock",
        (r) => (r === ours && stock ? times(ratio) : ""),
        "≤ 1.0×",
        stock ? goal(`R=${count}: p99 within 1.0× of stock`, ratio <= 1) : "n/a",
      ),
      row("server event-loop delay p99", (r) => ms(r?.loopP99 ?? NaN), "≤ 50 ms", goal(`R=${count}: event-loop p99 ≤ 50 ms`, ours.loopP99 <= 50)),
      row("server event-loop delay max", (r) => ms(r?.loopMax ?? NaN)),
      row("  GC pauses: count · total · longest", (r) => (r ? `${r.gc.count} · ${r.gc.totalMs.toFixed(0)} ms · ${r.gc.maxMs.toFixed(1)} ms` : "–")),
      row("  /metrics nodejs_eventloop_lag_p99", (r) => (r?.metricsLagP99 !== undefined ? ms(r.metricsLagP99) : "")),
      row("  group commits/s · updates each · ms each", (r) =>
        r?.commits ? `${r.commits.perSecond.toFixed(0)} · ${r.commits.meanBatch.toFixed(1)} · ${r.commits.meanMs.toFixed(1)}` : "",
      ),
      row("server CPU (of one core)", (r) => pct(r?.cpuPercent ?? NaN)),
      row("server RSS under load", (r) => mb(r?.rss ?? NaN)),
      row("heap baseline (after GC)", (r) => mb(r?.heapBaseline ?? NaN)),
      row("heap loaded (after GC)", (r) => mb(r?.heapLoaded ?? NaN)),
      row("heap per loaded room", (r) => kb(perRoom(r)), "≤ 5 MB", goal(`R=${count}: heap ≤ 5 MB per room`, perRoom(ours) <= 5 * 1024 * 1024)),
      row(`heap ${options.afterSeconds} s after last client left`, (r) => mb(r?.heapAfter ?? NaN)),
      row("  vs baseline", (r) => (r ? `${back(r) >= 0 ? "+" : ""}${back(r).toFixed(1)} %` : "–"), "≤ +10 %", goal(`R=${count}: heap back within 10 % after ${options.afterSeconds} s`, back(ours) <= 10)),
      row("connect all editors", (r) => (r ? `${r.connectSeconds.toFixed(1)} s` : "–")),
      row("load generator event-loop p99", (r) => ms(r?.load.workerLoopP99 ?? NaN)),
    ];
    const policy = `ours (fsync ${options.fsync[0]})`;
    console.log(`\nR = ${count} rooms × 2 editors${options.cpuLoad ? ", a CPU-bound process beside" : ""}\n${table(["", policy, "stock", "goal", ""], rows)}`);
    for (const other of options.fsync.slice(1)) {
      const otherRuns = runs.filter((r) => r.rooms === count && r.server === "ours" && r.fsync === other);
      const otherRatios = stockRuns.map((s, i) => lat(otherRuns[i], 99) / lat(s, 99));
      console.log(
        `ours with SYNC_JOURNAL_FSYNC=${other}: p99 ${otherRuns.map((r) => lat(r, 99).toFixed(1)).join(", ")} ms, ` +
          `event-loop p99 ${otherRuns.map((r) => r.loopP99.toFixed(1)).join(", ")} ms, GC ${otherRuns.map((r) => r.gc.totalMs.toFixed(0)).join(", ")} ms, CPU ${otherRuns.map((r) => pct(r.cpuPercent)).join(", ")}` +
          (stockRuns.length > 0 ? `; p99 ratio to stock ${times(median(otherRatios))} (median of ${otherRatios.map(times).join(", ")})` : ""),
      );
    }
    if (oursRuns.length > 1) {
      const p99s = (list: RunResult[]) => list.map((r) => lat(r, 99).toFixed(1)).join(", ");
      console.log(
        `p99 over ${oursRuns.length} alternating runs: ours ${p99s(oursRuns)} ms` +
          (stockRuns.length > 0 ? `; stock ${p99s(stockRuns)} ms; ratios ${ratios.map(times).join(", ")}` : ""),
      );
      const loops = (list: RunResult[]) => list.map((r) => `${r.loopP99.toFixed(1)}/${r.gc.totalMs.toFixed(0)}`).join(", ");
      console.log(`event-loop p99 / GC pauses per run (ms): ours ${loops(oursRuns)}` + (stockRuns.length > 0 ? `; stock ${loops(stockRuns)}` : ""));
    }
  }
  const medianOf = (loads: ColdLoad[], part: keyof ColdLoad) => median(loads.map((l) => l[part]));
  const coldMedian = medianOf(cold.runs, "ms");
  const coldMet = coldMedian <= COLD_GOAL_MS;
  goal(`cold load ≤ ${COLD_GOAL_MS} ms`, coldMet);
  const parts = (loads: ColdLoad[]) =>
    `of which the server reading both documents from the database ${ms(medianOf(loads, "serverLoadMs"))}, the client applying them ${ms(medianOf(loads, "clientApplyMs"))} (medians)`;
  console.log(
    `\nCold load of a stored 2-hour interview (18,000 words transcript + 1,000 tags, two documents) on a freshly started server each time, connect → synced (the measuring client warmed by one untimed load first): ` +
      `median ${ms(coldMedian)} of ${cold.runs.map((c) => c.ms.toFixed(0)).join(", ")} ms (goal ≤ ${COLD_GOAL_MS} ms: ${coldMet ? "ok" : "MISSED"}); ${parts(cold.runs)}`,
  );
  console.log(
    `Same interview again on that server once it had unloaded it (process warm, documents read from the database): ` +
      `median ${ms(medianOf(cold.reload, "ms"))} of ${cold.reload.map((c) => c.ms.toFixed(0)).join(", ")} ms; ${parts(cold.reload)}`,
  );
  console.log(
    `An empty room on a freshly started server (the process's own first-connection cost): ` +
      `median ${ms(median(cold.empty))} of ${cold.empty.map((c) => c.toFixed(0)).join(", ")} ms`,
  );
  if (options.afterSeconds < 60) console.log(`(--quick: heap measured ${options.afterSeconds} s after the last client left, not 60 s)`);
  const missed = goals.filter((g) => !g.met);
  console.log(missed.length === 0 ? "\nAll goals met." : `\nGoals missed (${missed.length}/${goals.length}):\n${missed.map((g) => `  - ${g.label}`).join("\n")}`);
}
