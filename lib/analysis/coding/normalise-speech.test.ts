import { describe, expect, it } from "vitest";
import { collapseRepeats, normaliseSpeech } from "./normalise-speech";

const words = (t: string) => normaliseSpeech(t).tokens.join(" ");

describe("normaliseSpeech", () => {
  it("keeps the word meant in a stutter or repeated fragment", () => {
    expect(words("Wh-what do you think about that?")).toBe("what do you think about that ?");
    expect(words("So-so you-you're not sure?")).toBe("so you're not sure ?");
  });

  it("drops fillers, counts them, and keeps one copy of a repeated phrase", () => {
    const s = normaliseSpeech("Um, what's your- what's your, uh, plan?");
    expect(s.tokens.join(" ")).toBe("what's your plan ?");
    expect(s.fillers).toBe(2);
    expect(collapseRepeats(["do", "you", "do", "you", "use", "it"])).toEqual(["do", "you", "use", "it"]);
  });

  it("reads dashes as pauses and cut-offs, and says when a turn continues or breaks off", () => {
    const s = normaliseSpeech("-and you put-- You drink at least four times a week-");
    expect(s.tokens.join(" ")).toBe("and you put you drink at least four times a week .");
    expect(s.continues).toBe(true);
    expect(s.breaksOff).toBe(true);
    expect(normaliseSpeech("a well-known co-op.").breaksOff).toBe(false);
  });

  it("splits sentences and marks which were asked; transcriber notes are not speech", () => {
    const s = normaliseSpeech("That's a lot [inaudible]. How did you manage? Okay.");
    expect(s.sentences.map((x) => [x.tokens.join(" "), x.asked])).toEqual([
      ["that's a lot", false], ["how did you manage", true], ["okay", false],
    ]);
  });
});
