import { describe, expect, it } from "vitest";
import { computeAgreement, MIN_UNITS } from "./compute-agreement";
import { KRIPPENDORFF_4X12, tableToRows } from "./reference-data";

describe("computeAgreement", () => {
  it("reports every coefficient of Krippendorff's 4 × 12 example, without kappa for four coders", () => {
    const s = computeAgreement(KRIPPENDORFF_4X12);
    expect(s).toMatchObject({ level: "nominal", units: 12, pairableUnits: 11, coders: 4 });
    expect(s.krippendorffAlpha.value).toBeCloseTo(0.743, 3); // Krippendorff (2011), 4 × 12 example
    expect(s.gwetAC1.value).toBeCloseTo(0.77544, 4); // irrCAC README
    expect(s).not.toHaveProperty("cohensKappa");
  });

  it("adds Cohen's kappa for two coders (Gwet 2014, cont3x3abstractors: 0.7964)", () => {
    const s = computeAgreement(tableToRows([[13, 0, 0], [0, 20, 7], [0, 4, 56]], ["E", "A", "N"]));
    expect(s.cohensKappa?.value).toBeCloseTo(0.7964094, 6);
    expect(s.percentAgreement.value).toBeCloseTo(0.89, 10);
    // irrCAC README: krippen2.table(cont3x3abstractors) = 0.7972585.
    expect(s.krippendorffAlpha.value).toBeCloseTo(0.7972585, 6);
    expect(s.warnings).toEqual([]); // 100 units is enough
  });

  it(`warns below ${MIN_UNITS} pairable units`, () => {
    const s = computeAgreement([["a", "b"], ["a", "b"]]);
    expect(s.warnings[0]).toMatch(/only 2 units .* under 30/);
  });

  it("warns that only alpha uses the metric on numeric levels", () => {
    const s = computeAgreement(KRIPPENDORFF_4X12, { level: "interval" });
    expect(s.krippendorffAlpha.value).toBeCloseTo(0.849, 3);
    expect(s.warnings.join(" ")).toMatch(/only Krippendorff's alpha uses the interval metric/);
  });

  it("never returns NaN: an empty matrix gives reasons everywhere", () => {
    const s = computeAgreement([[], []]);
    for (const c of [s.percentAgreement, s.krippendorffAlpha, s.gwetAC1, s.cohensKappa!]) {
      expect(c.value).toBeNull();
      expect(c.reason).toBeTruthy();
    }
  });
});
