import type { Coefficient } from "../agreement";
import { formatFixed } from "./format-fixed";

/**
 * Plain-language reading of a coefficient. Kappa-like values use the Landis & Koch (1977) bands;
 * alpha uses Krippendorff's (2004) thresholds (0.800 reliable, 0.667 lowest for tentative
 * conclusions). Bands are conventions, not laws, and the caller adds the small-sample caveat.
 */
export function readCoefficient(kind: "percent" | "kappa" | "alpha", c: Coefficient): string {
  if (c.value === null) return `Not defined: ${c.reason}.`;
  const v = c.value;
  if (kind === "percent") return `You marked the same thing on ${Math.round(v * 100)}% of utterances, counting utterances neither of you tagged.`;
  if (kind === "alpha") {
    if (v >= 0.8) return `${formatFixed(v, 2)}: reliable by Krippendorff's standard (≥ 0.80).`;
    if (v >= 0.667) return `${formatFixed(v, 2)}: good enough only for tentative conclusions (0.667–0.80).`;
    return `${formatFixed(v, 2)}: below Krippendorff's 0.667 minimum; you are not yet seeing the same things.`;
  }
  return `${formatFixed(v, 2)}: ${landisKoch(v)} agreement beyond chance (Landis & Koch).`;
}

export function landisKoch(v: number): string {
  if (v < 0) return "less than chance";
  if (v <= 0.2) return "slight";
  if (v <= 0.4) return "fair";
  if (v <= 0.6) return "moderate";
  if (v <= 0.8) return "substantial";
  return "almost perfect";
}
