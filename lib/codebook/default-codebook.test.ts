import { describe, expect, it } from "vitest";
import { DEFAULT_CODEBOOK } from "./default-codebook";
import { findCode, findStep, listCodes } from "./find-code";

describe("default codebook", () => {
  it("has the four steps of the brief, with ids 1..4", () => {
    expect(DEFAULT_CODEBOOK.steps.map((s) => s.id)).toEqual([1, 2, 3, 4]);
    expect(findStep(DEFAULT_CODEBOOK, 3)?.title).toBe("Speak as little as possible");
  });

  it("has fifteen codes with unique keys and unique hotkeys", () => {
    const codes = listCodes(DEFAULT_CODEBOOK);
    expect(codes).toHaveLength(15);
    expect(new Set(codes.map((c) => c.key)).size).toBe(15);
    expect(new Set(codes.map((c) => c.hotkey)).size).toBe(15);
    for (const c of codes) expect(c.hotkey).toMatch(/^[1-9a-z]$/);
  });

  it("gives each code the polarity and step of the brief", () => {
    const polarity = Object.fromEntries(listCodes(DEFAULT_CODEBOOK).map((c) => [c.key, `${c.step}${c.polarity}`]));
    expect(polarity).toEqual({
      "open-question": "1+", "closed-question": "1-", "leading-question": "1-", "solution-first": "1-",
      paraphrase: "2+", "probing-question": "2+", "hot-tip": "2-", defending: "2-",
      "held-silence": "3+", interruption: "3-", "filled-silence": "3-", "chatty-back-and-forth": "3-",
      "missed-follow-up": "4-", insight: "4+", "course-correction": "4+",
    });
  });

  it("keeps each code's step field consistent with the step it is listed under", () => {
    for (const step of DEFAULT_CODEBOOK.steps) for (const c of step.codes) expect(c.step).toBe(step.id);
  });

  it("finds archived codes by key but leaves them out of the active list", () => {
    const book = { steps: [{ id: 1, title: "x", codes: [{ ...findCode(DEFAULT_CODEBOOK, "insight")!, archived: true }] }] };
    expect(listCodes(book)).toHaveLength(0);
    expect(findCode(book, "insight")?.label).toBe("Insight");
    expect(findCode(book, "nope")).toBeUndefined();
  });
});
