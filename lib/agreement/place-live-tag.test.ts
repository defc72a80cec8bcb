import { describe, expect, it } from "vitest";
import { fillTimings } from "./fill-timings";
import { createLiveTagPlacer, placeLiveTag, toTranscriptMs } from "./place-live-tag";
import { buildUnitTimeline } from "./unit-timeline";

describe("fillTimings", () => {
  it("gives an utterance without a start the previous end, zero length, and clamps ends", () => {
    const { items, untimed } = fillTimings([
      { id: "a", startMs: 1000, endMs: 4000 },
      { id: "b", startMs: null, endMs: null },
      { id: "c", startMs: 9000, endMs: 8000 },
      { id: "d", startMs: 10000, endMs: null },
    ]);
    expect(untimed).toBe(1);
    expect(items).toEqual([
      { id: "a", startMs: 1000, endMs: 4000 },
      { id: "b", startMs: 4000, endMs: 4000 },
      { id: "c", startMs: 9000, endMs: 9000 },
      { id: "d", startMs: 10000, endMs: 10000 },
    ]);
  });

  it("starts untimed utterances at the beginning of the call at 0", () => {
    expect(fillTimings([{ startMs: null, endMs: null }]).items).toEqual([{ startMs: 0, endMs: 0 }]);
  });
});

describe("placeLiveTag", () => {
  const timeline = buildUnitTimeline([
    { id: "u1", startMs: 0, endMs: 5000 },
    { id: "u2", startMs: 10000, endMs: 15000 },
  ]);
  const at = (atMs: number, reactionLagMs = 0) => {
    const { index, refMs } = placeLiveTag(timeline, { atMs, reactionLagMs });
    return [timeline.units[index]?.id, refMs];
  };

  it("looks back by the reaction lag, never before 0 (3000 ms by default)", () => {
    expect(at(12000, 9000)).toEqual(["u1", 3000]);
    expect(at(1000, 3000)).toEqual(["u1", 0]);
    expect(placeLiveTag(timeline, { atMs: 13000 }).refMs).toBe(10000);
  });

  it("snaps a moment between utterances to the nearer one, the earlier on a tie", () => {
    expect(at(6000)).toEqual(["u1", 6000]);
    expect(at(9000)).toEqual(["u2", 9000]);
    expect(at(7500)).toEqual(["u1", 7500]);
    expect(at(40000)).toEqual(["u2", 40000]);
  });

  it("has nowhere to put a tag without utterances", () => {
    expect(placeLiveTag(buildUnitTimeline([]), { atMs: 5000 })).toEqual({ index: -1, refMs: 2000 });
  });
});

describe("createLiveTagPlacer", () => {
  it("takes call time minus the call offset and the reaction lag, over filled timings", () => {
    const place = createLiveTagPlacer({
      utterances: [
        { id: "0", startMs: 0, endMs: 5000 },
        { id: "1", startMs: null, endMs: null },
        { id: "2", startMs: 20000, endMs: 25000 },
      ],
      reactionLagMs: 3000,
      callOffsetMs: 10000,
    });
    expect(toTranscriptMs(19000, 10000)).toBe(9000);
    // 19 s on the call is 9 s on the transcript; 3 s earlier is 6 s: nearest is the untimed reply (at 5 s).
    expect(place(19000)).toEqual({ unitId: "1", transcriptMs: 9000, refMs: 6000 });
    expect(place(12000)).toMatchObject({ unitId: "0", refMs: 0 });
    expect(place(32000)).toMatchObject({ unitId: "2", refMs: 19000 });
    expect(createLiveTagPlacer({ utterances: [], callOffsetMs: 0 })(5000)).toEqual({ unitId: null, transcriptMs: 5000, refMs: 2000 });
  });
});
