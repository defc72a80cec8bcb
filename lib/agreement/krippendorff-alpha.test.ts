import { describe, expect, it } from "vitest";
import { krippendorffAlpha } from "./krippendorff-alpha";
import { KRIPPENDORFF_4X12, WIKIPEDIA_3X15 } from "./reference-data";

describe("krippendorffAlpha", () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", worked example (4 observers,
  // 12 units, missing values): α_nominal = 0.743. The same data in Gwet's irrCAC README
  // (krippen.alpha.raw(cac.raw4raters)) give 0.74342.
  it("matches Krippendorff's worked example, nominal: 0.743", () => {
    expect(krippendorffAlpha(KRIPPENDORFF_4X12, "nominal").value).toBeCloseTo(0.74342, 3);
  });

  // Same data, other metrics. Ordinal 0.815 and ratio 0.797 are the reference values asserted by
  // the `krippendorff` Python package's tests (tests/test_krippendorff.py, test_ordinal_metric and
  // test_ratio_metric), which use exactly this matrix.
  it("matches the ordinal value of the worked example: 0.815", () => {
    expect(krippendorffAlpha(KRIPPENDORFF_4X12, "ordinal").value).toBeCloseTo(0.815, 3);
  });

  it("matches the ratio value of the worked example: 0.797", () => {
    expect(krippendorffAlpha(KRIPPENDORFF_4X12, "ratio").value).toBeCloseTo(0.797, 3);
  });

  // Interval, by hand from the coincidence matrix: n = 40 pairable values with n_1..n_5 = 9, 13, 10,
  // 5, 3; Σ o_ck (c−k)² = 2 (unit 2) + 40/3 (unit 6) + 2 (unit 8) = 52/3; Σ n_c n_k (c−k)² = 4480;
  // α = 1 − 39 · (52/3) / 4480 = 0.849107. This matches the 0.849 quoted for this example.
  it("matches the interval value of the worked example: 0.849", () => {
    expect(krippendorffAlpha(KRIPPENDORFF_4X12, "interval").value).toBeCloseTo(0.849, 3);
  });

  // Wikipedia "Krippendorff's alpha", computational example; asserted to 6 places by the Python
  // `krippendorff` package: nominal 0.691358, interval 0.810845.
  it("matches the Wikipedia computational example (3 coders × 15 units)", () => {
    expect(krippendorffAlpha(WIKIPEDIA_3X15, "nominal").value).toBeCloseTo(0.691358, 5);
    expect(krippendorffAlpha(WIKIPEDIA_3X15, "interval").value).toBeCloseTo(0.810845, 5);
  });

  // Artstein & Poesio (2008), Computational Linguistics 34(4):555–596, dialogue-act example: two coders, 100 utterances,
  // categories Stat/IReq/Chck, table [[46,6,0],[0,32,0],[0,6,10]]. By hand: pooled value counts
  // n_Stat = 98, n_IReq = 76, n_Chck = 26 (n = 200); D_e = 1 − Σ n_c(n_c−1)/(n(n−1))
  // = 1 − 15856/39800 = 0.601608; D_o = 12/100; α = 1 − 0.12/0.601608 = 0.800535
  // (slightly above Scott's π = 0.7995, as A&P note α → π as N grows).
  it("agrees with the Artstein & Poesio two-coder example", () => {
    const a = [...Array(46).fill("Stat"), ...Array(6).fill("IReq"), ...Array(32).fill("IReq"), ...Array(6).fill("IReq"), ...Array(10).fill("Chck")];
    const b = [...Array(46).fill("Stat"), ...Array(6).fill("Stat"), ...Array(32).fill("IReq"), ...Array(6).fill("Chck"), ...Array(10).fill("Chck")];
    expect(krippendorffAlpha([a, b], "nominal").value).toBeCloseTo(0.800535, 5);
  });

  it("is exactly 1 for perfect agreement with variation, at every level", () => {
    const data = [[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]];
    for (const level of ["nominal", "ordinal", "interval", "ratio"] as const) {
      expect(krippendorffAlpha(data, level)).toEqual({ value: 1 });
    }
  });

  it("treats two zeros as identical on the ratio scale rather than 0/0", () => {
    expect(krippendorffAlpha([[0, 1, 2], [0, 1, 2]], "ratio")).toEqual({ value: 1 });
  });

  it("is not defined, with a reason, when there is no variation", () => {
    const r = krippendorffAlpha([[1, 1, 1], [1, 1, null]], "nominal");
    expect(r.value).toBeNull();
    expect(r.reason).toMatch(/same value/);
  });

  it("is not defined when no unit has two values, or there are no units at all", () => {
    expect(krippendorffAlpha([[1, null], [null, 2]]).reason).toMatch(/at least two coders/);
    expect(krippendorffAlpha([]).value).toBeNull();
    expect(krippendorffAlpha([[], []]).value).toBeNull();
  });

  it("refuses non-numbers on numeric levels and negatives on the ratio level", () => {
    expect(krippendorffAlpha([["a", "b"], ["a", "a"]], "interval").reason).toMatch(/finite numbers/);
    expect(krippendorffAlpha([[-1, 2], [1, 2]], "ratio").reason).toMatch(/non-negative/);
  });

  it("ignores units coded by a single coder", () => {
    const withLoner = [[1, 2, 1, 5], [1, 2, 2, null]];
    expect(krippendorffAlpha(withLoner).value).toBeCloseTo(krippendorffAlpha([[1, 2, 1], [1, 2, 2]]).value!, 12);
  });
});
