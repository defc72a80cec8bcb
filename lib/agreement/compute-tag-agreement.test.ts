import { describe, expect, it } from "vitest";
import { computeTagAgreement } from "./compute-tag-agreement";
import type { Tag } from "./tag-types";

const units = ["u1", "u2", "u3", "u4", "u5", "u6"].map((id, i) => ({ id, startMs: i * 10000, endMs: i * 10000 + 8000 }));
const on = (author: string, code: string, step: number, id: string): Tag => ({
  author, code, step, polarity: code === "open-question" ? "+" : "-", anchor: { kind: "utterances", utteranceIds: [id] },
});
const tags = [
  on("interviewer", "open-question", 1, "u1"), on("buddy", "open-question", 1, "u1"),
  on("interviewer", "leading-question", 1, "u3"), on("buddy", "closed-question", 1, "u3"),
  on("interviewer", "interruption", 3, "u5"), on("buddy", "interruption", 3, "u6"),
];
const result = computeTagAgreement(tags, units, { authors: ["interviewer", "buddy"], steps: [1, 3, 4] });

describe("computeTagAgreement", () => {
  it("compares the codes on each utterance overall", () => {
    // Labels: I = open,none,leading,none,interruption,none; B = open,none,closed,none,none,interruption.
    // By hand: p_o = 3/6; p_e = (1·1 + 3·3 + 1·1)/36 = 11/36; κ = (18 − 11)/(36 − 11) = 7/25.
    expect(result.overall.percentAgreement.value).toBeCloseTo(0.5, 12);
    expect(result.overall.cohensKappa?.value).toBeCloseTo(0.28, 12);
    expect(result.overall).toMatchObject({ units: 6, coders: 2 });
  });

  it("compares within each step", () => {
    // Step 1 by hand: p_o = 5/6; p_e = (1 + 16)/36; κ = (30 − 17)/(36 − 17) = 13/19.
    const step1 = result.perStep.find((s) => s.step === 1)!.summary;
    expect(step1.cohensKappa?.value).toBeCloseTo(13 / 19, 12);
  });

  it("reports an unused step as not defined rather than perfect", () => {
    const step4 = result.perStep.find((s) => s.step === 4)!.summary;
    expect(step4.percentAgreement.value).toBe(1);
    expect(step4.cohensKappa?.value).toBeNull();
    expect(step4.krippendorffAlpha.value).toBeNull();
    expect(step4.gwetAC1.value).toBeNull();
  });

  it("treats each code as present/absent per utterance", () => {
    // interruption: I = 000010, B = 000001. p_o = 4/6, p_e = 25/36 + 1/36, κ = (24 − 26)/(36 − 26) = −0.2.
    const interruption = result.perCode.find((c) => c.code === "interruption")!;
    expect(interruption.uses).toBe(2);
    expect(interruption.summary.cohensKappa?.value).toBeCloseTo(-0.2, 12);
    const open = result.perCode.find((c) => c.code === "open-question")!;
    expect(open.summary.cohensKappa?.value).toBeCloseTo(1, 12);
  });

  it("warns about few units and sparse tagging", () => {
    expect(result.overall.warnings.join(" ")).toMatch(/only 6 units/);
    expect(result.overall.warnings.join(" ")).toMatch(/only 4 of 6 utterances carry a tag/);
  });

  it("counts a person who tagged nothing as judging every utterance untagged", () => {
    const solo = computeTagAgreement([on("interviewer", "insight", 4, "u2")], units, { authors: ["interviewer", "buddy"] });
    expect(solo.overall.percentAgreement.value).toBeCloseTo(5 / 6, 12);
    expect(solo.overall.coders).toBe(2);
  });

  it("merges live presses within the tolerance window before comparing", () => {
    const live = (author: string, atMs: number): Tag => ({ author, code: "insight", step: 4, polarity: "+", anchor: { kind: "time", atMs } });
    // I's press refers to u2 (ref 11 s; u3 starts 9 s later), B's to u3 (ref 24 s; u2 ended 6 s earlier):
    // neither is within the default ±5 s of the other's utterance, both are within ±10 s.
    const tagsLive = [live("interviewer", 14000), live("buddy", 27000)];
    expect(computeTagAgreement(tagsLive, units).overall.percentAgreement.value).toBeCloseTo(4 / 6, 12);
    expect(computeTagAgreement(tagsLive, units, { toleranceMs: 10000 }).overall.percentAgreement.value).toBe(1);
  });
});
