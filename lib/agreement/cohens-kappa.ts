import { defined, notDefined, type Cell, type Coefficient, type Value } from "./types";

/**
 * Cohen's kappa (Cohen 1960) for exactly two coders: (p_o - p_e) / (1 - p_e), where p_e uses
 * each coder's own marginal distribution. Units missing a value from either coder are dropped.
 */
export function cohensKappa(coderA: ReadonlyArray<Cell>, coderB: ReadonlyArray<Cell>): Coefficient {
  const pairs: [Value, Value][] = [];
  const length = Math.max(coderA.length, coderB.length);
  for (let u = 0; u < length; u++) {
    const a = coderA[u];
    const b = coderB[u];
    if (a !== null && a !== undefined && b !== null && b !== undefined) pairs.push([a, b]);
  }
  if (pairs.length === 0) return notDefined("no unit was coded by both coders");
  const n = pairs.length;
  const marginA = new Map<Value, number>();
  const marginB = new Map<Value, number>();
  let agree = 0;
  for (const [a, b] of pairs) {
    if (a === b) agree++;
    marginA.set(a, (marginA.get(a) ?? 0) + 1);
    marginB.set(b, (marginB.get(b) ?? 0) + 1);
  }
  let expected = 0;
  for (const [value, count] of marginA) expected += (count / n) * ((marginB.get(value) ?? 0) / n);
  const observed = agree / n;
  // p_e = 1 only when both coders used one and the same category for every unit: 0/0.
  if (expected >= 1 - 1e-12) {
    return notDefined("both coders used a single, identical category for every unit, so chance agreement is 1 and kappa is 0/0");
  }
  return defined((observed - expected) / (1 - expected));
}
