import { describe, expect, it } from "vitest";
import { assignFolds, ruleQuestionKind } from "./cross-validate";

describe("folds by whole conversation", () => {
  it("cuts 100 conversations into five folds of 20, the same every run, whatever order they come in", () => {
    const ids = Array.from({ length: 100 }, (_, i) => i);
    const folds = assignFolds([...ids, ...ids]); // utterances repeat their conversation id
    const sizes = [0, 0, 0, 0, 0];
    for (const f of folds.values()) sizes[f]++;
    expect(sizes).toEqual([20, 20, 20, 20, 20]);
    expect([...assignFolds([...ids].reverse())].sort((a, b) => a[0] - b[0])).toEqual([...folds].sort((a, b) => a[0] - b[0]));
  });

  it("reads the rules' findings as one code per utterance: open if any question is open", () => {
    const q = (kind: "open" | "closed" | "leading") => ({ text: "", start: 0, end: 0, kind, rule: "", reason: "" });
    expect(ruleQuestionKind([])).toBe("none");
    expect(ruleQuestionKind([q("closed"), q("open")])).toBe("open");
    expect(ruleQuestionKind([q("leading")])).toBe("closed");
  });
});
