import { collectUnitValues } from "./collect-unit-values";
import { percentAgreement } from "./percent-agreement";
import { defined, notDefined, type Coefficient, type ReliabilityData, type Value } from "./types";

export interface GwetOptions {
  /**
   * The categories coders could choose from. AC1's chance term divides by (q − 1), so a category
   * that was available but never used changes the result; by default q counts the used ones,
   * as Gwet's irrCAC package does.
   */
  categories?: ReadonlyArray<Value>;
}

/**
 * Gwet's AC1 (Gwet 2008; multi-rater form with missing values as in Gwet 2014 / irrCAC):
 * (p_a − p_e) / (1 − p_e), with p_e = Σ_k π_k(1 − π_k) / (q − 1) and π_k the mean over units of
 * the share of that unit's ratings in category k. Unlike kappa, p_e shrinks when one category
 * dominates, so AC1 stays near percent agreement where kappa collapses.
 */
export function gwetAC1(data: ReliabilityData, options: GwetOptions = {}): Coefficient {
  const pa = percentAgreement(data);
  if (pa.value === null) return pa;
  const rated = collectUnitValues(data).filter((values) => values.length >= 1);
  const used = new Set<Value>();
  for (const values of rated) for (const v of values) used.add(v);
  const categories = new Set<Value>(options.categories ?? []);
  for (const v of used) categories.add(v);
  const q = categories.size;
  if (q < 2) return notDefined("only one category is available, so chance agreement cannot be separated from real agreement");

  const pi = new Map<Value, number>();
  for (const values of rated) {
    for (const v of values) pi.set(v, (pi.get(v) ?? 0) + 1 / values.length / rated.length);
  }
  let sum = 0;
  for (const p of pi.values()) sum += p * (1 - p);
  const pe = sum / (q - 1);
  return defined((pa.value - pe) / (1 - pe));
}
