import { DEFAULT_REACTION_LAG_MS, type AlignedTag, type Tag } from "./tag-types";
import { placeLiveTag } from "./place-live-tag";
import { unitsInCharRange, type UnitTimeline } from "./unit-timeline";

/**
 * Places one tag on the units it refers to, without looking at anyone else's tags:
 * utterance ids as given (unknown ids dropped), a character range onto every utterance it
 * overlaps, a live key press onto the utterance playing `reactionLagMs` before the press
 * (`placeLiveTag`, the rule the room's tag view uses too).
 */
export function mapTagToUnits<T extends Tag>(tag: T, timeline: UnitTimeline, reactionLagMs = DEFAULT_REACTION_LAG_MS): AlignedTag<T> {
  const { units, indexOf } = timeline;
  const anchor = tag.anchor;
  if (anchor.kind === "utterances") {
    const indexes = anchor.utteranceIds.filter((id) => indexOf.has(id)).map((id) => indexOf.get(id)!);
    if (indexes.length === 0) return unmapped(tag, "none of its utterance ids is in the transcript");
    indexes.sort((a, b) => a - b);
    return { tag, unitIds: [...new Set(indexes.map((i) => units[i].id))], method: "utterances", refMs: units[indexes[0]].startMs };
  }
  if (anchor.kind === "chars") {
    const { from, to } = anchor;
    const hits = unitsInCharRange(timeline, from, to);
    if (hits.length === 0) {
      const reason = timeline.byChar.length < units.length ? "the transcript units carry no character offsets" : `characters ${from}-${to} cover no utterance`;
      return unmapped(tag, reason);
    }
    return { tag, unitIds: hits.map((u) => u.id), method: "chars", refMs: hits[0].startMs };
  }
  const { index, refMs } = placeLiveTag(timeline, { atMs: anchor.atMs, reactionLagMs });
  if (index < 0) return { ...unmapped(tag, "the transcript has no utterances"), refMs };
  return { tag, unitIds: [units[index].id], method: "time", refMs };
}

function unmapped<T extends Tag>(tag: T, problem: string): AlignedTag<T> {
  return { tag, unitIds: [], method: "unmapped", refMs: null, problem };
}
