import { describe, expect, it } from "vitest";
import { buildReport } from "./build-report";
import { input } from "./testdata/small-interview";

const report = buildReport(input);

describe("buildReport on the small interview", () => {
  it("fills the header", () => {
    expect(report.header).toMatchObject({
      interviewId: "int-1",
      durationMs: 100000,
      blind: true,
      participants: [{ name: "Alex", role: "interviewer" }, { name: "Sam", role: "customer" }],
      taggers: [{ who: "interviewer", name: "Alex", tags: 4 }, { who: "buddy", name: "Bo", tags: 6 }],
    });
  });

  it("counts + and − per step per person, next to the machine evidence", () => {
    expect(report.steps.map((s) => [s.step, s.interviewer, s.buddy])).toEqual([
      [1, { plus: 2, minus: 0 }, { plus: 1, minus: 1 }],
      [2, { plus: 1, minus: 0 }, { plus: 1, minus: 2 }],
      [3, { plus: 1, minus: 0 }, { plus: 0, minus: 0 }],
      [4, { plus: 0, minus: 0 }, { plus: 1, minus: 0 }],
    ]);
    expect(report.steps[2].machine).toEqual([{ label: "Interviewer talk share", value: "18%" }]);
  });

  it("computes agreement over utterances with readings and an honest small-n note", () => {
    // Labels I = open,none,open,none,none,held-silence,paraphrase,none;
    //        B = closed,none,open,none,defending+hot-tip,none,paraphrase,insight.
    // p_o = 4/8; p_e = (2·1 + 4·3 + 1·1)/64 = 15/64; κ = (32 − 15)/(64 − 15) = 17/49.
    const overall = report.agreement.overall;
    expect(overall).toMatchObject({ units: 8, taggedUnits: 6 });
    const [pa, kappa, alpha, ac1] = overall.coefficients;
    expect(pa.coefficient.value).toBeCloseTo(0.5, 12);
    expect(pa.reading).toMatch(/50% of utterances/);
    expect(kappa.coefficient.value).toBeCloseTo(17 / 49, 12);
    expect(kappa.reading).toMatch(/^0\.35: fair agreement/);
    expect(alpha.name).toBe("Krippendorff's alpha");
    expect(ac1.name).toBe("Gwet's AC1");
    expect(overall.warnings[0]).toMatch(/rough hint/);
    expect(overall.warnings.join(" ")).toMatch(/only 8 units/);
    // Step 1: p_o = 7/8, p_e = (2·1 + 6·6)/64, κ = (56 − 38)/(64 − 38) = 9/13.
    expect(report.agreement.perStep[0].coefficients[1].coefficient.value).toBeCloseTo(9 / 13, 12);
    expect(report.agreement.perStep[0].taggedUnits).toBe(2);
  });

  it("lists blind spots with quote, speaker, time and link", () => {
    expect(report.blindSpots.onlyBuddy.map((m) => m.tagId)).toEqual(["b6", "b3", "b5"]);
    expect(report.blindSpots.onlyInterviewer.map((m) => m.tagId)).toEqual(["i4"]);
    expect(report.blindSpots.onlyBuddy[0]).toMatchObject({
      code: "defending", label: "Defending", speaker: "Alex", role: "interviewer", atMs: 61000,
      quote: "import addresses from a CSV", href: "/interviews/int-1/room?t=61000&u=u5",
    });
    expect(report.blindSpots.onlyInterviewer[0]).toMatchObject({ utteranceId: "u6", speaker: "Sam", label: "Held silence" });
  });

  it("shows a live tag at one time in every section: its key press on the transcript clock, as the room does", () => {
    // b3 was pressed at 1:04 and lands on u5 (1:01–1:06) after the reaction lag.
    const blindSpot = report.blindSpots.onlyBuddy.find((m) => m.tagId === "b3")!;
    const row = report.tags.find((t) => t.tagId === "b3")!;
    const mark = report.timeline.buddy.find((t) => t.tagId === "b3")!;
    expect([blindSpot.atMs, row.atMs, mark.atMs]).toEqual([64000, 64000, 64000]);
    expect(blindSpot.utteranceId).toBe("u5");
    expect(blindSpot.href).toBe(mark.href);
    // A span tag: its utterance's start, everywhere too.
    const span = report.blindSpots.onlyBuddy.find((m) => m.tagId === "b6")!;
    expect([span.atMs, report.tags.find((t) => t.tagId === "b6")!.atMs]).toEqual([61000, 61000]);
  });

  it("finds the same-moment disagreement and builds the confusion table", () => {
    expect(report.disagreements.list).toEqual([
      expect.objectContaining({ utteranceId: "u1", step: 1, interviewer: ["open-question"], buddy: ["closed-question"], kind: "polarity" }),
    ]);
    const { labels, counts } = report.disagreements.confusion;
    expect(labels).toEqual(["open-question", "closed-question", "paraphrase", "hot-tip", "defending", "held-silence", "insight", "none"]);
    const at = (i: string, b: string) => counts[labels.indexOf(i)][labels.indexOf(b)];
    expect(at("open-question", "open-question")).toBe(1);
    expect(at("open-question", "closed-question")).toBe(1);
    expect(at("paraphrase", "paraphrase")).toBe(1);
    expect(at("none", "hot-tip") + at("none", "defending") + at("none", "insight")).toBe(3);
    expect(at("held-silence", "none")).toBe(1);
    expect(counts.flat().reduce((a, b) => a + b, 0)).toBe(7);
    // What people read: code names, not keys.
    expect(report.disagreements.confusion.names).toEqual(["Open question", "Closed question", "Paraphrase", "Hot tip", "Defending", "Held silence", "Insight", "(not tagged)"]);
    expect(report.disagreements.list[0]).toMatchObject({ interviewerLabels: ["Open question"], buddyLabels: ["Closed question"] });
  });

  it("measures the self-assessment gap per step and its direction", () => {
    const gaps = report.selfAssessment.map((g) => [g.step, g.gap === null ? null : Number(g.gap.toFixed(4)), g.direction]);
    expect(gaps).toEqual([
      [1, 0.5, "more-favourable"], // 2/2 vs 1/2
      [2, 0.6667, "more-favourable"], // 1/1 vs 1/3
      [3, null, "not-enough-tags"],
      [4, null, "not-enough-tags"],
    ]);
    expect(report.selfAssessment[2].sentence).toBe("Speak as little as possible: no comparison, because your buddy tagged nothing in this step.");
  });

  it("names the step with the largest gap as the next focus", () => {
    expect(report.nextFocus.step).toBe(2);
    expect(report.nextFocus.sentence).toBe(
      'Next focus: Listen with empathy (step 2). Your buddy saw it 67 points less favourably than you did (33% vs 100% "done well").',
    );
  });

  it("gives agreement per code either person used, worked out by hand, in codebook order", () => {
    const perCode = report.agreement.perCode;
    expect(perCode.map((c) => c.code).sort()).toEqual(["closed-question", "defending", "held-silence", "hot-tip", "insight", "open-question", "paraphrase"]);
    expect(perCode.map((c) => c.step)).toEqual([...perCode.map((c) => c.step)].sort((a, b) => a - b));
    // open-question: the interviewer on u1 and u3, the buddy on u3 only: 7 of 8 utterances agree.
    const open = perCode.find((c) => c.code === "open-question")!;
    expect(open).toMatchObject({ step: 1, uses: { interviewer: 2, buddy: 1 }, taggedUnits: 2 });
    expect(open.coefficients[0].coefficient.value).toBeCloseTo(7 / 8, 12);
    // paraphrase: both on u7 (the buddy's live tag lands there), so every utterance agrees.
    const paraphrase = perCode.find((c) => c.code === "paraphrase")!;
    expect(paraphrase).toMatchObject({ uses: { interviewer: 1, buddy: 1 }, taggedUnits: 1 });
    expect(paraphrase.coefficients[0].coefficient.value).toBe(1);
    expect(perCode.find((c) => c.code === "insight")).toMatchObject({ uses: { interviewer: 0, buddy: 1 } });
  });

  it("provides timeline lanes", () => {
    expect(report.timeline.interviewer.map((t) => [t.tagId, t.atMs])).toEqual([["i3", 0], ["i1", 21000], ["i4", 70000], ["i2", 81000]]);
    expect(report.timeline.buddy.find((t) => t.tagId === "b5")).toMatchObject({ atMs: 86000, endMs: 100000 });
    expect(report.timeline.speaking).toHaveLength(8);
    expect(report.timeline.machine).toHaveLength(1);
    // Each mark opens the room where it points: a span tag at its first utterance, a finding at its own.
    expect(report.timeline.buddy.find((t) => t.tagId === "b5")?.href).toBe("/interviews/int-1/room?t=86000&u=u8");
    expect(report.timeline.machine[0].href).toBe("/interviews/int-1/room?t=61000&u=u5");
  });

  it("lists every tag once, in time order", () => {
    expect(report.tags).toHaveLength(10);
    expect(report.tags[0]).toMatchObject({ who: "buddy", tagId: "b2", atMs: 0 });
    expect(report.tags.find((t) => t.tagId === "b4")).toMatchObject({ utteranceId: "u7", atMs: 88000, mapping: "time" });
  });
});
