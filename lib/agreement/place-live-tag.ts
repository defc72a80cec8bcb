import { fillTimings, type LooseTimes } from "./fill-timings";
import { DEFAULT_REACTION_LAG_MS } from "./tag-types";
import { buildUnitTimeline, locateUnit, type UnitTimeline } from "./unit-timeline";

// Where a live tag (a key press on the shared call clock) lands on the transcript. The room's
// tag view and the report both place live tags through this module:
//   1. call time → transcript time: minus the call offset (the call time at which the
//      transcript's clock reads 0);
//   2. minus the reaction lag (a press comes after what it reacts to), never before 0;
//   3. onto the utterance playing then (`locateUnit`): in a pause the nearer neighbour, on a tie
//      the earlier one; before the first utterance, the first;
//   4. over the transcript's utterances with missing timings filled by `fillTimings`.
// The report may afterwards pair a live tag with another person's tag of the same moment a few
// seconds away (`alignTags`, "time-window"); that is the comparison, not the placement.

/** Call-clock milliseconds on the transcript's clock. */
export function toTranscriptMs(callMs: number, callOffsetMs: number): number {
  return callMs - callOffsetMs;
}

export interface LivePlacement {
  /** Index into `timeline.units`; -1 when the transcript has no utterances. */
  index: number;
  /** The moment the tag refers to, on the transcript clock (press time minus reaction lag). */
  refMs: number;
}

/** Steps 2 and 3: a live tag at transcript time `atMs` over a unit timeline. */
export function placeLiveTag(timeline: UnitTimeline, options: { atMs: number; reactionLagMs?: number }): LivePlacement {
  const refMs = Math.max(0, options.atMs - (options.reactionLagMs ?? DEFAULT_REACTION_LAG_MS));
  return { index: locateUnit(timeline, refMs), refMs };
}

export interface LiveTagPlacer {
  /** Where a live tag pressed at call time `callMs` lands: the utterance's id (null without utterances). */
  (callMs: number): { unitId: string | null; transcriptMs: number; refMs: number };
}

/**
 * All four steps over a transcript's utterances in document order (ids as the caller names them,
 * e.g. block indices); build once per transcript, call per tag.
 */
export function createLiveTagPlacer(options: {
  utterances: ReadonlyArray<LooseTimes & { id: string }>;
  reactionLagMs?: number;
  callOffsetMs: number;
}): LiveTagPlacer {
  const { items } = fillTimings(options.utterances);
  const timeline = buildUnitTimeline(items.map((u) => ({ id: u.id, startMs: u.startMs, endMs: u.endMs })));
  return (callMs) => {
    const transcriptMs = toTranscriptMs(callMs, options.callOffsetMs);
    const { index, refMs } = placeLiveTag(timeline, { atMs: transcriptMs, reactionLagMs: options.reactionLagMs });
    return { unitId: index < 0 ? null : timeline.units[index].id, transcriptMs, refMs };
  };
}
