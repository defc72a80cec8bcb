import { describe, expect, it } from "vitest";
import { measurePatience } from "./measure-patience";
import { script } from "./test-helpers";

describe("measurePatience", () => {
  const u = script([
    ["interviewer", 0, 2, "Tell me more."],
    ["customer", 2, 10, "It was a mess."],
    ["interviewer", 10.4, 12, "How so?"],
    ["customer", 12, 20, "Nobody knew what to do."],
    ["customer", 23, 30, "And honestly I still don't."],
    ["interviewer", 32.5, 34, "What would help?"],
    ["customer", 34, 40, "A checklist, probably"],
    ["interviewer", 39, 41, "Like a form?"],
  ]);
  const p = measurePatience(u);

  it("measures every customer-to-interviewer hand-over", () => {
    expect(p.transitions).toBe(3);
    // gaps: 400, 2500, -1000 (overlap counts as zero patience) -> median 400
    expect(p.medianMs).toBe(400);
  });

  it("buckets the distribution", () => {
    const counts = Object.fromEntries(p.distribution.map((b) => [b.label, b.count]));
    expect(counts).toEqual({ overlap: 1, "0–0.5 s": 1, "0.5–1 s": 0, "1–2 s": 0, "2–3 s": 1, "3 s+": 0 });
  });

  it("lists held silences of 2 s or more, including ones the customer broke", () => {
    expect(p.heldSilences.map((h) => [h.afterUtteranceIndex, h.silenceMs, h.brokenBy])).toEqual([
      [3, 3000, "customer"],
      [4, 2500, "interviewer"],
    ]);
    expect(p.heldSilences[0].location).toMatchObject({ startMs: 20_000, endMs: 23_000, utteranceId: "u3" });
  });

  it("has no median without hand-overs", () => {
    expect(measurePatience([]).medianMs).toBeNull();
  });
});
