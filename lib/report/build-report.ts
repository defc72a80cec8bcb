import { buildTimeline } from "./build-timeline";
import { chooseNextFocus } from "./choose-next-focus";
import { compareWithMachine } from "./compare-with-machine";
import { computeSelfAssessmentGap } from "./compute-self-assessment-gap";
import { countStepTags } from "./count-step-tags";
import { findBlindSpots } from "./find-blind-spots";
import { findDisagreements } from "./find-disagreements";
import { listTagRows } from "./list-tag-rows";
import { createReportContext } from "./report-context";
import { summariseAgreement } from "./summarise-agreement";
import type { Report, ReportInput } from "./types";

/**
 * The bias-contrast report for one interview: a pure function of its inputs, so the page, the
 * API export and tests all see the same model. Access control (blind tags before reveal) is the
 * caller's job: pass only the tags the viewer may see.
 */
export function buildReport(input: ReportInput, visible?: { interviewer: boolean; buddy: boolean }): Report {
  const ctx = createReportContext(input);
  const lastEnd = input.utterances.reduce((max, u) => Math.max(max, u.endMs), 0);
  const durationMs = input.interview.durationMs ?? lastEnd;
  const selfAssessment = computeSelfAssessmentGap(ctx);
  return {
    header: {
      interviewId: input.interview.id,
      title: input.interview.title,
      ...(input.interview.recordedAt ? { recordedAt: input.interview.recordedAt } : {}),
      durationMs,
      participants: input.interview.participants ?? participantsFrom(input),
      taggers: [
        { who: "interviewer", name: input.interviewer.name, tags: input.interviewerTags.length, isSeated: input.interviewer.isSeated ?? true },
        { who: "buddy", name: input.buddy.name, tags: input.buddyTags.length, isSeated: input.buddy.isSeated ?? true },
      ],
      blind: input.blind ?? false,
    },
    steps: countStepTags(ctx),
    agreement: summariseAgreement(ctx),
    blindSpots: findBlindSpots(ctx),
    disagreements: findDisagreements(ctx),
    selfAssessment,
    timeline: buildTimeline(ctx, durationMs),
    nextFocus: chooseNextFocus(selfAssessment),
    tags: listTagRows(ctx),
    machineAgreement: compareWithMachine(ctx, visible),
  };
}

// Without an explicit list, the speakers of the transcript are the participants.
function participantsFrom(input: ReportInput): Report["header"]["participants"] {
  const seen = new Map<string, Report["header"]["participants"][number]>();
  for (const u of input.utterances) if (!seen.has(u.speaker)) seen.set(u.speaker, { name: u.speaker, role: u.role });
  return [...seen.values()];
}
