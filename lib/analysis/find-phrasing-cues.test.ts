import { describe, expect, it } from "vitest";
import { findPhrasingCues } from "./find-phrasing-cues";
import { script } from "./test-helpers";

describe("findPhrasingCues", () => {
  const u = script([
    ["interviewer", 0, 10, "So what I'm hearing is that the handover breaks."],
    ["customer", 10, 20, "It sounds like you get it."],
    ["interviewer", 20, 30, "Ah, you can just click Export in the corner."],
    ["interviewer", 30, 40, "Well, actually, that's because we sync overnight."],
    ["interviewer", 40, 50, "It sounds like that was stressful."],
    ["interviewer", 50, 60, "The reason it works that way is caching."],
    ["interviewer", 60, 70, "How do you do it today?"],
  ]);
  const cues = findPhrasingCues(u);

  it("finds hot-tip and defending phrasing in interviewer turns only (paraphrase phrases are the reflection coder's)", () => {
    expect(cues.map((c) => [c.kind, c.location.utteranceIndex])).toEqual([
      ["hot-tip", 2], ["defending", 3], ["defending", 5],
    ]);
  });

  it("locates the matched phrase by characters and time", () => {
    const tip = cues.find((c) => c.kind === "hot-tip")!;
    expect(tip.match).toBe("you can just click");
    expect(u[2].text.slice(tip.location.charStart, tip.location.charEnd)).toBe("you can just click");
    expect(tip.location.startMs).toBeGreaterThan(20_000);
    expect(tip.location.endMs).toBeLessThan(30_000);
  });
});
