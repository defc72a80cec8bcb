import type { ReportContext } from "./report-context";
import type { ReportTag, SelfAssessmentGap } from "./types";

/** Gaps smaller than this (5 percentage points) are reported as aligned: one tag more is noise. */
export const ALIGNED_WITHIN = 0.05;

/**
 * Per step, the share of "done well" among the interviewer's own tags minus the same share among
 * the buddy's. Positive: the interviewer sees their own practice more favourably than the buddy.
 */
export function computeSelfAssessmentGap(ctx: ReportContext): SelfAssessmentGap[] {
  return ctx.steps.map(({ id, title }) => {
    const mine = share(ctx.input.interviewerTags, id);
    const theirs = share(ctx.input.buddyTags, id);
    if (mine === null || theirs === null) {
      const missing = mine === null && theirs === null ? "neither of you tagged anything" : mine === null ? "you tagged nothing" : "your buddy tagged nothing";
      return { step: id, title, interviewerShare: mine, buddyShare: theirs, gap: null, direction: "not-enough-tags",
        sentence: `${title}: no comparison, because ${missing} in this step.` };
    }
    const gap = mine - theirs;
    const pct = (v: number) => `${Math.round(v * 100)}%`;
    const shares = `${pct(mine)} of your tags vs ${pct(theirs)} of your buddy's were "done well"`;
    if (Math.abs(gap) < ALIGNED_WITHIN) {
      return { step: id, title, interviewerShare: mine, buddyShare: theirs, gap, direction: "aligned", sentence: `${title}: you and your buddy see this practice alike (${shares}).` };
    }
    const points = Math.round(Math.abs(gap) * 100);
    return gap > 0
      ? { step: id, title, interviewerShare: mine, buddyShare: theirs, gap, direction: "more-favourable",
          sentence: `${title}: you rated yourself ${points} points more favourably than your buddy did (${shares}).` }
      : { step: id, title, interviewerShare: mine, buddyShare: theirs, gap, direction: "less-favourable",
          sentence: `${title}: you were ${points} points harder on yourself than your buddy was (${shares}).` };
  });
}

function share(tags: ReadonlyArray<ReportTag>, step: number): number | null {
  let plus = 0;
  let total = 0;
  for (const t of tags) {
    if (t.step !== step) continue;
    total++;
    if (t.polarity === "+") plus++;
  }
  return total === 0 ? null : plus / total;
}
