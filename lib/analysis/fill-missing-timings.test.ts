import { describe, expect, it } from "vitest";
import { fillMissingTimings } from "./fill-missing-timings";

describe("fillMissingTimings", () => {
  it("keeps real timings and gives untimed utterances a zero-length time after the previous one", () => {
    const { utterances, untimed } = fillMissingTimings([
      { speaker: "A", role: "interviewer", startMs: 1000, endMs: 4000, text: "How do you plan?" },
      { speaker: "B", role: "customer", startMs: null, endMs: null, text: "With a spreadsheet." },
      { speaker: "A", role: "interviewer", startMs: 9000, endMs: 8000, text: "Why?" },
    ]);
    expect(untimed).toBe(1);
    expect(utterances.map((u) => [u.startMs, u.endMs])).toEqual([
      [1000, 4000],
      [4000, 4000],
      [9000, 9000],
    ]);
  });
});
