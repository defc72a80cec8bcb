// Shared shapes of the agreement core. Plain data, no framework imports, so the same code
// runs in the report builder, the CLI and (later) the browser.

/** One coder's value for one unit; null means "not coded" (missing), not a category. */
export type Value = string | number;
export type Cell = Value | null;

/** Reliability data: one row per coder, one column per unit (Krippendorff's layout). */
export type ReliabilityData = ReadonlyArray<ReadonlyArray<Cell>>;

export type Level = "nominal" | "ordinal" | "interval" | "ratio";

/**
 * A coefficient is either a number or explicitly "not defined" with a reason.
 * We never hand out NaN: a NaN silently poisons averages and renders as "NaN" in reports.
 */
export type Coefficient = { value: number; reason?: undefined } | { value: null; reason: string };

export function defined(value: number): Coefficient {
  return { value };
}

export function notDefined(reason: string): Coefficient {
  return { value: null, reason };
}

/** The full set of statistics reported for one reliability matrix. */
export interface AgreementSummary {
  level: Level;
  /** Columns in the data. */
  units: number;
  /** Units with values from at least two coders: the only ones that carry information. */
  pairableUnits: number;
  coders: number;
  percentAgreement: Coefficient;
  krippendorffAlpha: Coefficient;
  /** Present only for exactly two coders; Cohen's kappa is a two-rater statistic. */
  cohensKappa?: Coefficient;
  gwetAC1: Coefficient;
  warnings: string[];
}
