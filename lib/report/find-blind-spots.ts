import { quoteOf, type ReportContext } from "./report-context";
import { tagMomentMs } from "./tag-moment";
import type { Moment, Who } from "./types";

/**
 * Tags that the other person has nothing to match: no tag of the same step on any utterance the
 * tag covers. A tag of a different code in the same step is a disagreement, not a blind spot;
 * a tag of another step is about a different practice, so it does not count as noticing.
 */
export function findBlindSpots(ctx: ReportContext): { onlyBuddy: Moment[]; onlyInterviewer: Moment[] } {
  const onlyBuddy: Moment[] = [];
  const onlyInterviewer: Moment[] = [];
  for (const a of ctx.aligned) {
    if (a.unitIds.length === 0) continue;
    const who = a.tag.author;
    const other: Who = who === "interviewer" ? "buddy" : "interviewer";
    const noticed = a.unitIds.some((id) => ctx.atUnit.get(id)?.[other].some((o) => o.tag.step === a.tag.step));
    if (noticed) continue;
    const u = ctx.utterance.get(a.unitIds[0])!;
    const atMs = tagMomentMs(ctx, a) ?? u.startMs;
    const moment: Moment = {
      tagId: a.tag.id,
      who,
      code: a.tag.code,
      label: ctx.label(a.tag.code),
      step: a.tag.step,
      polarity: a.tag.polarity,
      utteranceId: u.id,
      speaker: u.speaker,
      role: u.role,
      atMs,
      quote: quoteOf(ctx, a),
      href: ctx.href(u.id, atMs),
      ...(a.tag.note ? { note: a.tag.note } : {}),
    };
    (who === "buddy" ? onlyBuddy : onlyInterviewer).push(moment);
  }
  const byTime = (x: Moment, y: Moment) => x.atMs - y.atMs || x.tagId.localeCompare(y.tagId);
  return { onlyBuddy: onlyBuddy.sort(byTime), onlyInterviewer: onlyInterviewer.sort(byTime) };
}
