import { describe, expect, it } from "vitest";
import { gwetAC1 } from "./gwet-ac1";
import { KRIPPENDORFF_4X12, tableToRows } from "./reference-data";

describe("gwetAC1", () => {
  // Gwet's irrCAC package README (Gwet 2014, Handbook of Inter-Rater Reliability, 4th ed.):
  // gwet.ac1.table(cont3x3abstractors) = 0.8493305. By hand: π = (.13, .255, .615),
  // p_e = Σπ(1−π)/2 = 0.2699, AC1 = (0.89 − 0.2699)/(1 − 0.2699).
  it("matches Gwet's 3×3 abstractors table: 0.8493", () => {
    const [a, b] = tableToRows([[13, 0, 0], [0, 20, 7], [0, 4, 56]], ["Ectopic", "AIU", "NIU"]);
    expect(gwetAC1([a, b]).value).toBeCloseTo(0.8493305, 6);
  });

  // irrCAC README: gwet.ac1.raw(cac.raw4raters) = 0.77544 (p_a = 0.8181818, p_e = 0.1903212);
  // cac.raw4raters is Krippendorff's 4 × 12 example with missing values.
  it("matches Gwet's multi-rater example with missing values: 0.77544", () => {
    expect(gwetAC1(KRIPPENDORFF_4X12).value).toBeCloseTo(0.77544, 5);
  });

  // Gwet (2008), BJMSP 61:29–48, motivates AC1 with the kappa paradoxes. By hand for [[118,5],[2,0]]:
  // π_+ = (123 + 120)/250 = 0.972, p_e = 2 · 0.972 · 0.028 = 0.054432,
  // AC1 = (0.944 − 0.054432)/(1 − 0.054432) = 0.940776, where Cohen's kappa is −0.023.
  it("stays near percent agreement when one category dominates", () => {
    const [a, b] = tableToRows([[118, 5], [2, 0]], ["+", "-"]);
    expect(gwetAC1([a, b]).value).toBeCloseTo(0.940776, 5);
  });

  it("counts available-but-unused categories when they are given", () => {
    // By hand: two raters agree on 4/4 units, all "a"; with q = 2 p_e = 0, AC1 = 1.
    expect(gwetAC1([["a", "a", "a", "a"], ["a", "a", "a", "a"]], { categories: ["a", "b"] })).toEqual({ value: 1 });
  });

  it("is not defined with a single category and no declared alternatives", () => {
    const r = gwetAC1([["a", "a"], ["a", "a"]]);
    expect(r.value).toBeNull();
    expect(r.reason).toMatch(/only one category/);
  });

  it("is not defined without pairable units", () => {
    expect(gwetAC1([["a", null], [null, "b"]]).value).toBeNull();
  });
});
