import { describe, expect, it } from "vitest";
import { computeTalkShare } from "./compute-talk-share";
import { script } from "./test-helpers";

describe("computeTalkShare", () => {
  const u = script([
    ["interviewer", 0, 10, "one two three four"],
    ["customer", 10, 40, "a b c d e f g h i j k l"],
    ["buddy", 40, 45, "ignored by the share entirely"],
    ["interviewer", 290, 310, "five six seven eight nine ten"],
  ]);

  it("splits words and time between interviewer and customer only", () => {
    const r = computeTalkShare(u);
    expect(r.words).toEqual({ interviewer: 10, customer: 12, interviewerShare: 10 / 22 });
    expect(r.timeMs).toEqual({ interviewer: 30_000, customer: 30_000, interviewerShare: 0.5 });
  });

  it("cuts an utterance that straddles a 5-minute edge by time", () => {
    const r = computeTalkShare(u);
    expect(r.windows).toHaveLength(2);
    expect(r.windows[0].timeMs.interviewer).toBe(20_000);
    expect(r.windows[1].timeMs.interviewer).toBe(10_000);
    expect(r.windows[0].words.interviewer).toBe(7);
    expect(r.windows[1].words.interviewer).toBe(3);
    expect(r.windows[1].timeMs.interviewerShare).toBe(1);
  });

  it("reports a null share when nobody spoke", () => {
    expect(computeTalkShare([]).words.interviewerShare).toBeNull();
  });
});
