import { describe, expect, it } from "vitest";
import { withCharOffsets } from "./char-offsets";
import { mapTagToUnits } from "./map-tag-to-units";
import type { Tag, TagAnchor } from "./tag-types";
import { buildUnitTimeline } from "./unit-timeline";

// Five-second utterances with one-second pauses, then a long pause before u6.
const utterances = withCharOffsets([
  { id: "u1", startMs: 0, endMs: 4000, text: "Hello there." },
  { id: "u2", startMs: 5000, endMs: 9000, text: "Do you use it daily?" },
  { id: "u3", startMs: 10000, endMs: 14000, text: "Yes, every morning." },
  { id: "u4", startMs: 15000, endMs: 19000, text: "Walk me through it." },
  { id: "u5", startMs: 20000, endMs: 30000, text: "First I open the app." },
  { id: "u6", startMs: 40000, endMs: 45000, text: "Then nothing." },
]);
const timeline = buildUnitTimeline(utterances);
const tag = (anchor: TagAnchor): Tag => ({ author: "a", code: "closed-question", step: 1, polarity: "-", anchor });
const map = (anchor: TagAnchor) => mapTagToUnits(tag(anchor), timeline);

describe("mapTagToUnits", () => {
  it("maps utterance-id tags to the utterances given, dropping unknown ids", () => {
    expect(map({ kind: "utterances", utteranceIds: ["u3", "zz", "u2"] })).toMatchObject({ unitIds: ["u2", "u3"], method: "utterances", refMs: 5000 });
    expect(map({ kind: "utterances", utteranceIds: ["zz"] })).toMatchObject({ unitIds: [], method: "unmapped", problem: "none of its utterance ids is in the transcript" });
  });

  it("maps a character range to every utterance it overlaps", () => {
    // u1 = [0,12), separator, u2 = [13,33): characters 10..15 touch both.
    expect(map({ kind: "chars", from: 10, to: 15 }).unitIds).toEqual(["u1", "u2"]);
    expect(map({ kind: "chars", from: 13, to: 33 }).unitIds).toEqual(["u2"]);
    expect(map({ kind: "chars", from: 0, to: 12 }).unitIds).toEqual(["u1"]); // end is exclusive
    expect(map({ kind: "chars", from: 12, to: 70 }).unitIds).toEqual(["u2", "u3", "u4"]);
    // A caret (empty range) maps to the utterance it sits in.
    expect(map({ kind: "chars", from: 20, to: 20 }).unitIds).toEqual(["u2"]);
  });

  it("explains why a character range cannot be mapped without offsets", () => {
    const bare = buildUnitTimeline([{ id: "x", startMs: 0, endMs: 1000 }]);
    expect(mapTagToUnits(tag({ kind: "chars", from: 0, to: 5 }), bare).problem).toMatch(/no character offsets/);
  });

  it("maps a live key press to the utterance playing 3 s earlier", () => {
    expect(map({ kind: "time", atMs: 8000 })).toMatchObject({ unitIds: ["u2"], refMs: 5000, method: "time" });
    expect(map({ kind: "time", atMs: 13500 }).unitIds).toEqual(["u3"]);
    expect(mapTagToUnits(tag({ kind: "time", atMs: 13500 }), timeline, 0).unitIds).toEqual(["u3"]);
    expect(mapTagToUnits(tag({ kind: "time", atMs: 13500 }), timeline, 9000).unitIds).toEqual(["u1"]);
  });

  it("maps a press in a pause to the nearer utterance, the earlier one on a tie", () => {
    expect(map({ kind: "time", atMs: 12000 }).unitIds).toEqual(["u2"]); // ref 9000: end of u2
    expect(map({ kind: "time", atMs: 37000 }).unitIds).toEqual(["u5"]); // ref 34000: 4 s vs 6 s
    expect(map({ kind: "time", atMs: 38000 }).unitIds).toEqual(["u5"]); // ref 35000: 5 s each
    expect(map({ kind: "time", atMs: 41000 }).unitIds).toEqual(["u6"]); // ref 38000: 8 s vs 2 s
    expect(map({ kind: "time", atMs: 1000 }).refMs).toBe(0); // never before the call started
    expect(map({ kind: "time", atMs: 99000 }).unitIds).toEqual(["u6"]);
  });

  it("cannot place a live tag on an empty transcript", () => {
    expect(mapTagToUnits(tag({ kind: "time", atMs: 5000 }), buildUnitTimeline([]))).toMatchObject({ method: "unmapped", refMs: 2000 });
  });
});
