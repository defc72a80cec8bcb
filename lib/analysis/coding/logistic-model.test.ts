import { describe, expect, it } from "vitest";
import { predict, type Features } from "./logistic-model";
import { trainLogistic } from "./training/train-logistic";

const f = (...names: string[]): Features => new Map(names.map((n) => [n, 1]));
// A toy task: "how"/"what" make a turn open, "do"/"is" closed, neither none.
const xs = [f("w:how", "w:?"), f("w:what", "w:?"), f("w:do", "w:?"), f("w:is", "w:?"), f("w:okay"), f("w:right"), f("w:how", "w:you", "w:?"), f("w:do", "w:you", "w:?"), f("w:okay", "w:so")];
const ys = ["open", "open", "closed", "closed", "none", "none", "open", "closed", "none"];
const classes = ["none", "open", "closed"];

describe("logistic regression", () => {
  it("learns a separable toy task and says which feature decided", () => {
    const model = trainLogistic(xs, ys, classes, { minCount: 1, l2: 1e-3, epochs: 200, learningRate: 0.1 });
    expect(xs.map((x) => predict(model, x, 0).label)).toEqual(ys);
    const p = predict(model, f("w:how", "w:?"));
    expect(p.label).toBe("open");
    expect(p.because[0].feature).toBe("w:how");
    expect(Object.values(p.probabilities).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it("is deterministic and drops features seen fewer than minCount times", () => {
    const a = trainLogistic(xs, ys, classes, { minCount: 2 });
    const b = trainLogistic(xs, ys, classes, { minCount: 2 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.weights["w:what"]).toBeUndefined(); // seen once
    expect(a.weights["w:how"]).toHaveLength(3);
  });

  it("ignores features the model does not know", () => {
    const model = trainLogistic(xs, ys, classes, { minCount: 1 });
    expect(predict(model, f("w:never-seen")).because).toEqual([]);
  });
});
