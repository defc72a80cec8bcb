import { computeAlignedAgreement, type AgreementSummary } from "../agreement";
import { readCoefficient } from "./read-coefficient";
import type { AuthoredTag, ReportContext } from "./report-context";
import type { AgreementView, Report } from "./types";

/** Agreement between interviewer and buddy over utterances, overall, per step and per code, with readings. */
export function summariseAgreement(ctx: ReportContext): Report["agreement"] {
  const uses = new Map<string, { step: number; interviewer: number; buddy: number }>();
  for (const { tag } of ctx.aligned) {
    const entry = uses.get(tag.code) ?? { step: tag.step, interviewer: 0, buddy: 0 };
    entry[tag.author]++;
    uses.set(tag.code, entry);
  }
  const stepOrder = (step: number) => ctx.steps.findIndex((s) => s.id === step);
  const codes = [...uses]
    .map(([key, { step }]) => ({ key, step }))
    .sort((a, b) => stepOrder(a.step) - stepOrder(b.step) || ctx.label(a.key).localeCompare(ctx.label(b.key)));
  const result = computeAlignedAgreement(ctx.aligned, ctx.input.utterances, {
    authors: ["interviewer", "buddy"],
    steps: ctx.steps.map((s) => s.id),
    codes,
  });
  return {
    overall: view(result.overall, tagged(ctx, () => true)),
    perStep: result.perStep.map(({ step, summary }) => ({
      step,
      title: ctx.steps.find((s) => s.id === step)!.title,
      ...view(summary, tagged(ctx, (tag) => tag.step === step)),
    })),
    perCode: result.perCode.map(({ code, step, summary }) => {
      const { interviewer, buddy } = uses.get(code)!;
      return { code, label: ctx.label(code), step, uses: { interviewer, buddy }, ...view(summary, tagged(ctx, (tag) => tag.code === code)) };
    }),
    toleranceMs: ctx.toleranceMs,
    reactionLagMs: ctx.reactionLagMs,
  };
}

function view(summary: AgreementSummary, taggedUnits: number): AgreementView {
  const coefficients = [
    { name: "Percent agreement", coefficient: summary.percentAgreement, reading: readCoefficient("percent", summary.percentAgreement) },
    { name: "Cohen's kappa", coefficient: summary.cohensKappa!, reading: readCoefficient("kappa", summary.cohensKappa!) },
    { name: "Krippendorff's alpha", coefficient: summary.krippendorffAlpha, reading: readCoefficient("alpha", summary.krippendorffAlpha) },
    { name: "Gwet's AC1", coefficient: summary.gwetAC1, reading: readCoefficient("kappa", summary.gwetAC1) },
  ];
  const warnings = [...summary.warnings];
  if (warnings.length > 0) warnings.unshift("Few observations: read these figures as a rough hint, not a verdict.");
  return { units: summary.units, taggedUnits, coefficients, warnings };
}

/** Utterances carrying at least one tag, from either person, that `matches`. */
function tagged(ctx: ReportContext, matches: (tag: AuthoredTag) => boolean): number {
  let n = 0;
  for (const slot of ctx.atUnit.values()) {
    if ([...slot.interviewer, ...slot.buddy].some((a) => matches(a.tag))) n++;
  }
  return n;
}
