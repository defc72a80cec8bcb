import { quoteOf, type ReportContext } from "./report-context";
import { tagMomentMs } from "./tag-moment";
import type { TagRow } from "./types";

/** Every tag of both people with where it landed, for the CSV export and the JSON report. */
export function listTagRows(ctx: ReportContext): TagRow[] {
  const names = { interviewer: ctx.input.interviewer.name, buddy: ctx.input.buddy.name };
  return ctx.aligned
    .map((a): TagRow => {
      const u = a.unitIds.length > 0 ? ctx.utterance.get(a.unitIds[0])! : undefined;
      const atMs = tagMomentMs(ctx, a);
      return {
        who: a.tag.author,
        name: names[a.tag.author],
        tagId: a.tag.id,
        code: a.tag.code,
        label: ctx.label(a.tag.code),
        step: a.tag.step,
        polarity: a.tag.polarity,
        utteranceId: u?.id ?? null,
        atMs,
        speaker: u?.speaker ?? "",
        quote: u ? quoteOf(ctx, a) : "",
        note: a.tag.note ?? "",
        mapping: a.problem ? `${a.method}: ${a.problem}` : a.method,
      };
    })
    .sort((x, y) => (x.atMs ?? Infinity) - (y.atMs ?? Infinity) || x.who.localeCompare(y.who) || x.tagId.localeCompare(y.tagId));
}
