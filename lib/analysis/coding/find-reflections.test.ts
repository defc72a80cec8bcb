import { describe, expect, it } from "vitest";
import { analyzeTranscript } from "../analyze-transcript";
import { script } from "../test-helpers";
import { REFLECTION_CODER } from "./find-reflections";

// My own small interview (not from the data set): the reflections carry no
// "sounds like" phrase; they give the customer's worry back in "you" words.
const u = script([
  ["customer", 0, 20, "I'm worried the new plan won't hold up when half my drivers are out sick, because then I have to redo every route by hand."],
  ["interviewer", 20, 25, "You're worried the new plan won't hold up when the drivers are out."],
  ["customer", 25, 40, "Yes. Last winter I spent whole nights redoing the routes and my family barely saw me."],
  ["interviewer", 40, 43, "How many drivers do you have?"],
  ["customer", 43, 50, "Twelve."],
  ["interviewer", 50, 55, "So the nights redoing routes cost you time with your family."],
]);

describe("learned reflection coder (shipped model)", () => {
  const cues = analyzeTranscript({ utterances: u }).cues.filter((c) => c.kind === "reflection");

  it("finds reflections without a paraphrase phrase, and not in a plain question", () => {
    expect(cues.map((c) => c.location.utteranceIndex)).toEqual([1, 5]);
  });

  it("reports subtype, the whole utterance as location and why", () => {
    for (const c of cues) {
      expect(["simple", "complex"]).toContain(c.subtype);
      expect(c.rule).toBe(`learned.reflection.${c.subtype}`);
      expect(u[c.location.utteranceIndex].text.slice(c.location.charStart, c.location.charEnd)).toBe(c.match);
      expect(c.reason).toMatch(/^reflects the customer back \(\d+%\)/);
    }
  });

  it("ships its cross-validated figures with the model", () => {
    expect(REFLECTION_CODER.crossValidated.kappa).toBeGreaterThan(REFLECTION_CODER.crossValidated.rulesKappa);
  });
});
