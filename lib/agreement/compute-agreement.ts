import { pairableUnits } from "./collect-unit-values";
import { cohensKappa } from "./cohens-kappa";
import { gwetAC1, type GwetOptions } from "./gwet-ac1";
import { krippendorffAlpha } from "./krippendorff-alpha";
import { percentAgreement } from "./percent-agreement";
import type { AgreementSummary, Level, ReliabilityData } from "./types";

/** Below this many pairable units a coefficient's confidence interval is too wide to act on. */
export const MIN_UNITS = 30;

export interface ComputeAgreementOptions extends GwetOptions {
  level?: Level;
}

/** All coefficients for one reliability matrix (rows = coders, columns = units), with warnings. */
export function computeAgreement(data: ReliabilityData, options: ComputeAgreementOptions = {}): AgreementSummary {
  const level = options.level ?? "nominal";
  const units = data.reduce((max, row) => Math.max(max, row.length), 0);
  const pairable = pairableUnits(data).length;
  const summary: AgreementSummary = {
    level,
    units,
    pairableUnits: pairable,
    coders: data.length,
    percentAgreement: percentAgreement(data),
    krippendorffAlpha: krippendorffAlpha(data, level),
    gwetAC1: gwetAC1(data, options),
    warnings: smallSampleWarnings(pairable),
  };
  if (data.length === 2) summary.cohensKappa = cohensKappa(data[0], data[1]);
  if (level !== "nominal") {
    summary.warnings.push(
      `percent agreement, Cohen's kappa and Gwet's AC1 treat values as unordered categories; only Krippendorff's alpha uses the ${level} metric`,
    );
  }
  return summary;
}

export function smallSampleWarnings(pairable: number): string[] {
  if (pairable >= MIN_UNITS) return [];
  return [
    `only ${pairable} unit${pairable === 1 ? "" : "s"} coded by two or more coders; under ${MIN_UNITS} units the coefficients are unstable and can swing widely with one more unit`,
  ];
}
