import type { ReportContext } from "./report-context";
import { tagMomentMs } from "./tag-moment";
import type { Report, TimelineTag, Who } from "./types";

/** Pauses shorter than this between one speaker's utterances read as one turn in the swimlane. */
const MERGE_TURN_GAP_MS = 1500;

/** Swimlane data over call time: each person's tags, machine findings, and who was speaking. */
export function buildTimeline(ctx: ReportContext, durationMs: number): Report["timeline"] {
  const lane = (who: Who): TimelineTag[] =>
    ctx.aligned
      .filter((a) => a.tag.author === who && a.unitIds.length > 0)
      .map((a) => {
        const first = ctx.utterance.get(a.unitIds[0])!;
        const last = ctx.utterance.get(a.unitIds[a.unitIds.length - 1])!;
        // A live tag sits where the key was pressed; a span tag covers its utterances.
        const atMs = tagMomentMs(ctx, a) ?? first.startMs;
        return {
          tagId: a.tag.id,
          atMs,
          endMs: a.tag.anchor.kind === "time" ? atMs : last.endMs,
          code: a.tag.code,
          step: a.tag.step,
          polarity: a.tag.polarity,
          href: ctx.href(first.id, atMs),
        };
      })
      .sort((x, y) => x.atMs - y.atMs || x.tagId.localeCompare(y.tagId));

  const speaking: Report["timeline"]["speaking"] = [];
  const ordered = [...ctx.input.utterances].sort((a, b) => a.startMs - b.startMs);
  for (const u of ordered) {
    const prev = speaking[speaking.length - 1];
    if (prev && prev.speaker === u.speaker && u.startMs - prev.endMs <= MERGE_TURN_GAP_MS) prev.endMs = Math.max(prev.endMs, u.endMs);
    else speaking.push({ speaker: u.speaker, role: u.role, startMs: u.startMs, endMs: u.endMs });
  }
  const machine = [...(ctx.input.machine?.findings ?? [])]
    .sort((a, b) => a.atMs - b.atMs)
    .map((f) => (f.utteranceId ? { ...f, href: ctx.href(f.utteranceId, f.atMs) } : f));
  return { durationMs, interviewer: lane("interviewer"), buddy: lane("buddy"), machine, speaking };
}
