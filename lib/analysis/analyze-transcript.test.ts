import { describe, expect, it } from "vitest";
import { analyzeTranscript } from "./analyze-transcript";
import { script } from "./test-helpers";

const u = script([
  ["interviewer", 0, 6, "Thanks for joining. Tell me about your week?"],
  ["customer", 6, 60, "Well, Monday I export everything and then I fix it by hand because"],
  ["interviewer", 59, 64, "Wouldn't it be easier if it synced? Do you use Excel?"],
  ["customer", 66, 120, "Yes, Excel. It takes all morning."],
  ["interviewer", 120.2, 124, "So what I'm hearing is it eats your Monday."],
]);

describe("analyzeTranscript", () => {
  const r = analyzeTranscript({ utterances: u });

  it("returns every metric in one object", () => {
    expect(r.version).toBe(1);
    expect(r.durationMs).toBe(124_000);
    expect(r.speakers.map((s) => [s.speaker, s.role])).toEqual([["Ana", "interviewer"], ["Ben", "customer"]]);
    expect(r.talkShare.windows).toHaveLength(1);
    expect(r.stories.longest?.utteranceIndices).toEqual([1]);
    expect(r.interactivity.switches).toBe(4);
    expect(r.interruptions.map((i) => i.kind)).toEqual(["overlap"]);
    expect(r.patience.transitions).toBe(2);
    // The last turn reflects the customer's Monday back: a reflection by the learned coder, not a phrase match.
    expect(r.cues.map((c) => [c.kind, c.location.utteranceIndex])).toEqual([["reflection", 4]]);
    expect(r.warnings).toEqual([]);
  });

  it("classifies interviewer questions and locates them in utterance and time", () => {
    expect(r.questions.items.map((q) => [q.kind, q.location.utteranceIndex])).toEqual([
      ["open", 0], ["leading", 2], ["closed", 2],
    ]);
    const q = r.questions.items[2];
    expect(u[2].text.slice(q.location.charStart, q.location.charEnd)).toBe("Do you use Excel?");
    expect(q.location.startMs).toBeGreaterThan(59_000);
    expect(q.location.utteranceId).toBe("u2");
    expect(r.questions.counts).toEqual({ open: 1, closed: 1, leading: 1 });
    // 3 questions in 124 s
    expect(r.questions.perTenMinutes).toBeCloseTo((3 * 600) / 124, 6);
  });

  it("sorts out-of-order input and says so", () => {
    const shuffled = analyzeTranscript({ utterances: [u[1], u[0], ...u.slice(2)] });
    expect(shuffled.warnings[0]).toMatch(/time order/);
    expect(shuffled.questions.items[0].location.utteranceIndex).toBe(0);
  });

  it("warns when a role is missing", () => {
    const r2 = analyzeTranscript({ utterances: u.filter((x) => x.role === "customer") });
    expect(r2.warnings.join(" ")).toMatch(/no utterance has the interviewer role/);
    expect(r2.questions.items).toEqual([]);
  });
});
