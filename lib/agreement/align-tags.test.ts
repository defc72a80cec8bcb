import { describe, expect, it } from "vitest";
import { alignTags } from "./align-tags";
import type { Tag } from "./tag-types";

const units = [
  { id: "u1", startMs: 0, endMs: 4000 },
  { id: "u2", startMs: 5000, endMs: 9000 },
  { id: "u3", startMs: 10000, endMs: 14000 },
  { id: "u4", startMs: 15000, endMs: 19000 },
  { id: "u5", startMs: 20000, endMs: 30000 },
];
type Step1Code = "leading-question" | "closed-question" | "open-question";
function press(author: string, code: Step1Code | "interruption", atMs: number): Tag {
  return { author, code, step: code === "interruption" ? 3 : 1, polarity: "-", anchor: { kind: "time", atMs } };
}
const where = (tags: Tag[], options = {}) => alignTags(tags, units, options).map((a) => `${a.tag.author}:${a.unitIds.join(",")}:${a.method}`);

describe("alignTags", () => {
  it("merges two presses of the same code a few seconds apart into one moment", () => {
    // a's press maps to u2 (ref 9 s), b's to u3 (ref 13 s); u3 is 1 s from a's moment.
    expect(where([press("a", "leading-question", 12000), press("b", "leading-question", 16000)])).toEqual([
      "a:u3:time-window",
      "b:u3:time",
    ]);
  });

  it("does not merge beyond the configured tolerance", () => {
    const tags = [press("a", "leading-question", 12000), press("b", "leading-question", 16000)];
    expect(where(tags, { toleranceMs: 500 })).toEqual(["a:u2:time", "b:u3:time"]);
  });

  it("honours a configurable reaction lag", () => {
    // With no lag a's press lands in u3 and b's in u4; the earlier press (a, ref 12 s) is 3 s from u4
    // and joins b there. With the default 3 s lag they meet in u3 instead (first test).
    expect(where([press("a", "leading-question", 12000), press("b", "leading-question", 16000)], { reactionLagMs: 0 })).toEqual([
      "a:u4:time-window",
      "b:u4:time",
    ]);
  });

  it("lets one press absorb only one press of the other person", () => {
    expect(where([press("a", "leading-question", 8000), press("a", "leading-question", 12000), press("b", "leading-question", 16000)])).toEqual([
      "a:u3:time-window",
      "a:u2:time",
      "b:u3:time",
    ]);
  });

  it("aligns different codes of the same step, so they show up as a disagreement about one moment", () => {
    expect(where([press("a", "closed-question", 12000), press("b", "leading-question", 16000)])).toEqual([
      "a:u3:time-window",
      "b:u3:time",
    ]);
  });

  it("leaves codes of different steps where they are", () => {
    expect(where([press("a", "interruption", 12000), press("b", "leading-question", 16000)])).toEqual(["a:u2:time", "b:u3:time"]);
  });

  it("moves a live press onto a nearby span tag, never the span tag itself", () => {
    const span: Tag = { author: "a", code: "leading-question", step: 1, polarity: "-", anchor: { kind: "utterances", utteranceIds: ["u2"] } };
    expect(where([span, press("b", "leading-question", 16000)])).toEqual(["a:u2:utterances", "b:u2:time-window"]);
  });

  it("keeps a press in place when the other person used the same code on its own unit", () => {
    const tags = [press("a", "leading-question", 12000), press("b", "leading-question", 11000), press("b", "leading-question", 16000)];
    expect(where(tags)).toEqual(["a:u2:time", "b:u2:time", "b:u3:time"]);
  });
});
