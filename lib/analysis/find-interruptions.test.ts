import { describe, expect, it } from "vitest";
import { endsMidSentence } from "./ends-mid-sentence";
import { findInterruptions } from "./find-interruptions";
import { script } from "./test-helpers";

describe("findInterruptions", () => {
  const u = script([
    ["customer", 0, 10, "We export it every week."],
    ["interviewer", 9, 12, "Why every week, though?"],
    ["customer", 12, 20, "Because the manager wants the numbers and"],
    ["interviewer", 20.3, 23, "Right, so who is the manager?"],
    ["customer", 23, 30, "That would be Sam, she runs ops."],
    ["interviewer", 30.2, 33, "Got it. And how does Sam use them?"],
    ["customer", 33, 40, "She reads them on the train"],
    ["interviewer", 39.5, 40, "Mm-hm."],
  ]);

  it("finds overlaps and quick cut-offs after an unfinished sentence", () => {
    const r = findInterruptions(u);
    expect(r.map((x) => [x.kind, x.location.utteranceIndex, x.customerUtteranceIndex, x.gapMs])).toEqual([
      ["overlap", 1, 0, -1000],
      ["cut-off", 3, 2, 300],
    ]);
    expect(r[0].location).toMatchObject({ utteranceId: "u1", startMs: 9000 });
  });

  it("ignores finished sentences and overlapping backchannels", () => {
    const r = findInterruptions(u);
    expect(r.some((x) => x.location.utteranceIndex === 5 || x.location.utteranceIndex === 7)).toBe(false);
  });

  it("respects the configured gap", () => {
    expect(findInterruptions(u, 200).map((x) => x.kind)).toEqual(["overlap"]);
  });
});

describe("endsMidSentence", () => {
  it.each([
    ["and then we", true],
    ["I was going to say—", true],
    ["it's because of the…", true],
    ["We stopped.", false],
    ["Is it?", false],
    ["we stopped because.", true],
  ])("%s -> %s", (text, expected) => {
    expect(endsMidSentence(text)).toBe(expected);
  });
  it("does not treat a missing full stop as unfinished when punctuation is unreliable", () => {
    expect(endsMidSentence("we stopped", false)).toBe(false);
    expect(endsMidSentence("we stopped and", false)).toBe(true);
  });
});
