import { makeDistance } from "./alpha-distance";
import { pairableUnits } from "./collect-unit-values";
import { defined, notDefined, type Coefficient, type Level, type ReliabilityData, type Value } from "./types";

/**
 * Krippendorff's alpha via the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability"): α = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck. Any number of coders,
 * missing values allowed; units with fewer than two values are not pairable and are ignored.
 */
export function krippendorffAlpha(data: ReliabilityData, level: Level = "nominal"): Coefficient {
  const units = pairableUnits(data);
  if (units.length === 0) return notDefined("no unit was coded by at least two coders");
  if (level !== "nominal") {
    for (const values of units) {
      for (const v of values) {
        if (typeof v !== "number" || !Number.isFinite(v)) {
          return notDefined(`${level} alpha needs finite numbers; found ${JSON.stringify(v)}`);
        }
        if (level === "ratio" && v < 0) return notDefined(`ratio alpha needs non-negative numbers; found ${v}`);
      }
    }
  }

  const distinct = sortedDistinct(units, level);
  const index = new Map<Value, number>(distinct.map((v, i) => [v, i]));
  const q = distinct.length;
  if (q < 2) return notDefined(`every coder used the same value (${JSON.stringify(distinct[0])}), so there is no variation to be reliable about`);
  // o[c][k]: coincidences. Each unit contributes its m_u(m_u−1) ordered pairs weighted 1/(m_u−1).
  const o = Array.from({ length: q }, () => new Float64Array(q));
  for (const values of units) {
    const counts = new Map<number, number>();
    for (const v of values) counts.set(index.get(v)!, (counts.get(index.get(v)!) ?? 0) + 1);
    const weight = 1 / (values.length - 1);
    for (const [c, nc] of counts) {
      for (const [k, nk] of counts) o[c][k] += weight * (c === k ? nc * (nc - 1) : nc * nk);
    }
  }
  const nc = o.map((row) => row.reduce((a, b) => a + b, 0));
  const n = nc.reduce((a, b) => a + b, 0);

  const delta = makeDistance(level, distinct, nc);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < q; c++) {
    for (let k = 0; k < q; k++) {
      const d = delta(c, k);
      observed += o[c][k] * d;
      expected += nc[c] * nc[k] * d;
    }
  }
  if (expected === 0) return notDefined("expected disagreement is zero, so alpha is 0/0");
  return defined(1 - ((n - 1) * observed) / expected);
}

// Numeric levels need the values in numeric order (ordinal ranks depend on it); nominal order is irrelevant.
function sortedDistinct(units: Value[][], level: Level): Value[] {
  const set = new Set<Value>();
  for (const values of units) for (const v of values) set.add(v);
  const list = [...set];
  if (level === "nominal") return list.sort((a, b) => String(a).localeCompare(String(b)));
  return (list as number[]).sort((a, b) => a - b);
}
