import type { AlignedTag } from "../agreement";
import type { AuthoredTag, ReportContext } from "./report-context";

/**
 * The one time the report shows for a tag, in every section (blind spots, timeline, all tags,
 * exports), and the moment its link opens: a live tag's key press on the transcript clock (what
 * the room's tag list shows, call offset applied); a span tag's first utterance start. Null for
 * a span tag that lands on no utterance.
 */
export function tagMomentMs(ctx: ReportContext, a: AlignedTag<AuthoredTag>): number | null {
  if (a.tag.anchor.kind === "time") return a.tag.anchor.atMs;
  const first = a.unitIds.length > 0 ? ctx.utterance.get(a.unitIds[0]) : undefined;
  return first ? first.startMs : null;
}
