import { describe, expect, it } from "vitest";
import { percentAgreement } from "./percent-agreement";
import { KRIPPENDORFF_4X12 } from "./reference-data";

describe("percentAgreement", () => {
  it("is the share of agreeing units for two coders", () => {
    expect(percentAgreement([["a", "b", "a", "a"], ["a", "b", "b", "a"]])).toEqual({ value: 0.75 });
  });

  // irrCAC README: pa.coeff.raw(cac.raw4raters) = 0.8181818. By hand: 11 pairable units;
  // unit 2 (2,2,3,2) and unit 8 (1,1,2,1) agree on 6 of 12 ordered pairs, unit 6 (1,2,3,4) on none,
  // the other 8 fully: (8 + 0.5 + 0.5 + 0)/11 = 9/11.
  it("averages pairwise agreement over units for many coders with missing values: 9/11", () => {
    expect(percentAgreement(KRIPPENDORFF_4X12).value).toBeCloseTo(9 / 11, 12);
  });

  it("keeps numbers and strings with the same spelling apart", () => {
    expect(percentAgreement([[1, 2], ["1", 2]])).toEqual({ value: 0.5 });
  });

  it("is not defined without pairable units", () => {
    expect(percentAgreement([]).reason).toMatch(/no unit/);
    expect(percentAgreement([[1], [null]]).value).toBeNull();
  });
});
