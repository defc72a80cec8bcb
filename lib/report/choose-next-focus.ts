import type { Report, SelfAssessmentGap } from "./types";

/**
 * The step where the buddy's view falls furthest below the interviewer's own (largest gap in the
 * interviewer's favour): the practice the interviewer is least aware of getting wrong. Ties go to
 * the step the buddy rated lowest, then to the earlier step.
 */
export function chooseNextFocus(gaps: ReadonlyArray<SelfAssessmentGap>): Report["nextFocus"] {
  const candidates = gaps
    .filter((g) => g.direction === "more-favourable")
    .sort((a, b) => b.gap! - a.gap! || a.buddyShare! - b.buddyShare! || a.step - b.step);
  const top = candidates[0];
  if (!top) {
    const compared = gaps.some((g) => g.gap !== null);
    return {
      step: null,
      sentence: compared
        ? "Next focus: no step where your buddy saw your practice clearly less favourably than you did. Keep tagging together to confirm."
        : "Next focus: not enough tags from both of you in any step to suggest one.",
    };
  }
  const points = Math.round(top.gap! * 100);
  return {
    step: top.step,
    sentence: `Next focus: ${top.title} (step ${top.step}). Your buddy saw it ${points} points less favourably than you did (${Math.round(top.buddyShare! * 100)}% vs ${Math.round(top.interviewerShare! * 100)}% "done well").`,
  };
}
