import { describe, expect, it } from "vitest";
import { buildReport } from "./build-report";
import type { ReportInput, ReportTag } from "./types";

const span = (id: string, code: string, step: number, utteranceId: string): ReportTag => ({ id, code, step, polarity: code === "open-question" || code === "paraphrase" ? "+" : "-", anchor: { kind: "utterances", utteranceIds: [utteranceId] } });

// Four interviewer utterances (u0, u2, u4, u6) and three customer ones; the machine codes are given, not computed.
const input: ReportInput = {
  interview: { id: "i1", title: "t" },
  interviewer: { name: "Dana" },
  buddy: { name: "Jo" },
  utterances: Array.from({ length: 7 }, (_, i) => ({ id: `u${i}`, speaker: i % 2 ? "Sam" : "Dana", role: i % 2 ? "customer" as const : "interviewer" as const, startMs: i * 10_000, endMs: i * 10_000 + 9000, text: `line ${i}` })),
  interviewerTags: [span("a", "open-question", 1, "u0"), span("b", "open-question", 1, "u2")],
  buddyTags: [span("c", "open-question", 1, "u0"), span("d", "paraphrase", 2, "u6")],
  machine: {
    codes: [{ utteranceId: "u0", code: "open-question" }, { utteranceId: "u4", code: "closed-question" }, { utteranceId: "u6", code: "paraphrase" }],
    expertAgreement: { questionKappa: 0.71, reflectionKappa: 0.51, conversations: 100, folds: 5 },
  },
};

describe("the machine as a third rater", () => {
  it("compares the machine with each person over the interviewer's utterances, per code it judges", () => {
    const { rows } = buildReport(input).machineAgreement;
    const open = rows.find((r) => r.who === "interviewer" && r.code === "open-question")!;
    // Units u0 u2 u4 u6: machine yes,no,no,no; Dana yes,yes,no,no -> po 3/4, pe (1/4·2/4 + 3/4·2/4) = 1/2, kappa 0.5.
    expect(open).toMatchObject({ units: 4, byMachine: 1, byPerson: 2 });
    expect(open.kappa.value).toBeCloseTo(0.5, 9);
    expect(open.ac1.value).not.toBeNull();
    expect(open.sentence).toBe(`On open questions the machine found 1, Dana tagged 2: moderate agreement beyond chance (kappa 0.50, AC1 ${open.ac1.value!.toFixed(2)}).`);
    const reflection = rows.find((r) => r.who === "buddy" && r.code === "paraphrase")!;
    expect(reflection.kappa.value).toBe(1);
    // Codes neither the machine nor the person used are left out.
    expect(rows.some((r) => r.who === "interviewer" && r.code === "leading-question")).toBe(false);
  });

  it("leaves out a person whose tags the viewer may not see, and says what the machine is worth", () => {
    const m = buildReport(input, { interviewer: true, buddy: false }).machineAgreement;
    expect(m.rows.every((r) => r.who === "interviewer")).toBe(true);
    expect(m.expertSentence).toMatch(/not ground truth.*100 expert-coded conversations.*kappa 0\.71 on question kind and 0\.51 on reflections/);
  });
});
