import { pairableUnits } from "./collect-unit-values";
import { defined, notDefined, type Coefficient, type ReliabilityData } from "./types";

/**
 * Observed agreement: for each unit with at least two values, the share of coder pairs that
 * agree, averaged over those units. With two coders this is the plain share of units on which
 * they agree; with more coders and missing values it is Gwet's p_a (Gwet 2014), which keeps the
 * figure comparable with AC1.
 */
export function percentAgreement(data: ReliabilityData): Coefficient {
  const units = pairableUnits(data);
  if (units.length === 0) return notDefined("no unit was coded by at least two coders");
  let sum = 0;
  for (const values of units) {
    // Map keys compare by identity, so 1 and "1" stay distinct categories.
    const counts = new Map<string | number, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    let agreeingPairs = 0;
    for (const n of counts.values()) agreeingPairs += n * (n - 1);
    sum += agreeingPairs / (values.length * (values.length - 1));
  }
  return defined(sum / units.length);
}

