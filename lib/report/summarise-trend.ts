import type { TrendPoint } from "./build-trend-point";

/** Averages over the interviews that have each figure (null when none has it). */
export function summariseTrend(points: ReadonlyArray<TrendPoint>) {
  const mean = (values: (number | null | undefined)[]) => {
    const present = values.filter((v): v is number => typeof v === "number");
    return present.length ? present.reduce((s, v) => s + v, 0) / present.length : null;
  };
  return {
    interviews: points.length,
    talkShare: mean(points.map((p) => p.talkShare)),
    closedLeadingShare: mean(points.map((p) => p.closedLeadingShare)),
    kappa: mean(points.map((p) => p.agreement?.kappa)),
    revealed: points.filter((p) => p.agreement).length,
  };
}
