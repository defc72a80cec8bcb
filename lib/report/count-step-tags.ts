import type { ReportContext } from "./report-context";
import type { PlusMinus, ReportTag, StepSection } from "./types";

/** Per step: each person's done-well and miss counts, next to the machine's figures. */
export function countStepTags(ctx: ReportContext): StepSection[] {
  return ctx.steps.map(({ id, title }) => ({
    step: id,
    title,
    interviewer: count(ctx.input.interviewerTags, id),
    buddy: count(ctx.input.buddyTags, id),
    machine: ctx.input.machine?.perStep?.[id] ?? [],
  }));
}

function count(tags: ReadonlyArray<ReportTag>, step: number): PlusMinus {
  let plus = 0;
  let minus = 0;
  for (const t of tags) {
    if (t.step !== step) continue;
    if (t.polarity === "+") plus++;
    else minus++;
  }
  return { plus, minus };
}
