import { describe, expect, it } from "vitest";
import { buildReport } from "./build-report";
import { toJson } from "./to-json";
import { toMarkdown } from "./to-markdown";
import type { ReportInput, ReportTag } from "./types";

const utterances = Array.from({ length: 6 }, (_, i) => ({
  id: `u${i + 1}`, speaker: i % 2 ? "Cy" : "Di", role: (i % 2 ? "customer" : "interviewer") as "customer" | "interviewer",
  startMs: i * 5000, endMs: i * 5000 + 4000, text: `utterance ${i + 1}`,
}));
const base: ReportInput = { interview: { id: "x", title: "Edge" }, interviewer: { name: "Di" }, buddy: { name: "Bo" }, utterances, interviewerTags: [], buddyTags: [] };
const press = (id: string, code: string, atMs: number): ReportTag => ({ id, code, step: 1, polarity: "-", anchor: { kind: "time", atMs } });

describe("buildReport edge cases", () => {
  it("builds for an interview nobody tagged, with reasons instead of numbers", () => {
    const report = buildReport(base);
    expect(report.blindSpots).toEqual({ onlyBuddy: [], onlyInterviewer: [] });
    expect(report.disagreements.confusion).toEqual({ labels: [], names: [], counts: [] });
    const kappa = report.agreement.overall.coefficients[1];
    expect(kappa.coefficient.value).toBeNull();
    expect(kappa.reading).toMatch(/^Not defined: /);
    expect(report.nextFocus).toEqual({ step: null, sentence: "Next focus: not enough tags from both of you in any step to suggest one." });
    expect(toJson(report)).not.toContain("NaN");
    expect(toMarkdown(report)).toContain("None.");
  });

  it("counts two live presses a few seconds apart as one shared moment, not two blind spots", () => {
    const report = buildReport({ ...base, interviewerTags: [press("i", "leading-question", 12000)], buddyTags: [press("b", "leading-question", 16000)] });
    expect(report.blindSpots.onlyBuddy).toEqual([]);
    expect(report.blindSpots.onlyInterviewer).toEqual([]);
    expect(report.agreement.overall.coefficients[0].coefficient.value).toBe(1);
  });

  it("a disagreement between two live presses is timed at the earlier press, as All tags shows it", () => {
    const report = buildReport({ ...base, interviewerTags: [press("i", "open-question", 9000)], buddyTags: [press("b", "closed-question", 9400)] });
    const [d] = report.disagreements.list;
    expect(d).toMatchObject({ utteranceId: "u2", atMs: 9000, interviewerLabels: ["Open question"], buddyLabels: ["Closed question"] });
    expect(report.tags.map((t) => t.atMs)).toEqual([9000, 9400]);
  });

  it("uses the configured tolerance window", () => {
    const report = buildReport({ ...base, alignment: { toleranceMs: 0 }, interviewerTags: [press("i", "leading-question", 12000)], buddyTags: [press("b", "leading-question", 19000)] });
    expect(report.blindSpots.onlyBuddy.map((m) => m.tagId)).toEqual(["b"]);
    expect(report.agreement.toleranceMs).toBe(0);
  });

  it("reports a tag whose utterance is gone in the CSV rows, not in blind spots", () => {
    const gone: ReportTag = { id: "g", code: "insight", step: 4, polarity: "+", anchor: { kind: "utterances", utteranceIds: ["deleted"] } };
    const report = buildReport({ ...base, buddyTags: [gone] });
    expect(report.blindSpots.onlyBuddy).toEqual([]);
    expect(report.tags[0]).toMatchObject({ tagId: "g", utteranceId: null, atMs: null, mapping: "unmapped: none of its utterance ids is in the transcript" });
  });

  it("reports aligned views and no focus when the interviewer is the harsher judge", () => {
    const plus = (id: string, u: string): ReportTag => ({ id, code: "open-question", step: 1, polarity: "+", anchor: { kind: "utterances", utteranceIds: [u] } });
    const minus = (id: string, u: string): ReportTag => ({ id, code: "closed-question", step: 1, polarity: "-", anchor: { kind: "utterances", utteranceIds: [u] } });
    const report = buildReport({ ...base, interviewerTags: [minus("i1", "u1"), plus("i2", "u3")], buddyTags: [plus("b1", "u1"), plus("b2", "u3")] });
    expect(report.selfAssessment[0]).toMatchObject({ gap: -0.5, direction: "less-favourable" });
    expect(report.selfAssessment[0].sentence).toMatch(/50 points harder on yourself/);
    expect(report.nextFocus.step).toBeNull();
    expect(report.nextFocus.sentence).toMatch(/no step where your buddy saw your practice clearly less favourably/);
  });
});
