import { describe, expect, it } from "vitest";
import { cohensKappa } from "./cohens-kappa";
import { tableToRows } from "./reference-data";

function kappaOf(table: number[][], labels = ["yes", "no", "other"].slice(0, table.length)) {
  const [a, b] = tableToRows(table, labels);
  return cohensKappa(a, b);
}

describe("cohensKappa", () => {
  // Gwet, K.L. (2014), Handbook of Inter-Rater Reliability, 4th ed.; data set `cont3x3abstractors`
  // (Ectopic/AIU/NIU) in his irrCAC package, whose README prints kappa2.table(...) = 0.7964094.
  // By hand: p_o = 89/100, p_e = (13·13 + 27·24 + 60·63)/100² = 0.4597, κ = 0.4303/0.5403.
  it("matches Gwet's 3×3 abstractors table: 0.7964", () => {
    expect(kappaOf([[13, 0, 0], [0, 20, 7], [0, 4, 56]]).value).toBeCloseTo(0.7964094, 6);
  });

  // Wikipedia "Cohen's kappa", worked example: 50 grant proposals, yes/yes 20, yes/no 5,
  // no/yes 10, no/no 15. By hand: p_o = 0.7, p_e = 0.5·0.6 + 0.5·0.4 = 0.5, κ = 0.4.
  it("matches the textbook 2×2 example: 0.4", () => {
    expect(kappaOf([[20, 5], [10, 15]]).value).toBeCloseTo(0.4, 10);
  });

  // Wikipedia "Cohen's kappa", "same percentages but different numbers": both tables have
  // p_o = 0.6 but κ = 0.1304 (p_e = 0.54) and κ = 0.2593 (p_e = 0.46).
  it("reproduces the marginal-dependence examples: 0.1304 and 0.2593", () => {
    expect(kappaOf([[45, 15], [25, 15]]).value).toBeCloseTo(0.1304, 4);
    expect(kappaOf([[25, 35], [5, 35]]).value).toBeCloseTo(0.2593, 4);
  });

  // Artstein & Poesio (2008), dialogue-act example [[46,6,0],[0,32,0],[0,6,10]]. By hand:
  // A_o = 0.88; coder margins A = (.52,.32,.16), B = (.46,.44,.10); A_e = .2392+.1408+.016 = .396;
  // κ = (0.88 − 0.396)/(1 − 0.396) = 0.8013.
  it("matches the Artstein & Poesio dialogue-act example: 0.8013", () => {
    expect(kappaOf([[46, 6, 0], [0, 32, 0], [0, 6, 10]]).value).toBeCloseTo(0.801325, 5);
  });

  it("drops units that either coder left uncoded", () => {
    expect(cohensKappa(["a", "b", null, "a"], ["a", "b", "b", null])).toEqual({ value: 1 });
  });

  it("is not defined when both coders used one identical category throughout", () => {
    const r = cohensKappa(["none", "none"], ["none", "none"]);
    expect(r.value).toBeNull();
    expect(r.reason).toMatch(/single, identical category/);
  });

  it("is not defined without shared units", () => {
    expect(cohensKappa([], []).reason).toMatch(/no unit/);
    expect(cohensKappa(["a", null], [null, "b"]).value).toBeNull();
  });

  it("collapses to a negative value in the high-agreement paradox", () => {
    // Gwet (2008)-style paradox, by hand: [[118,5],[2,0]], p_o = 0.944, p_e = .984·.96 + .016·.04
    // = 0.94528, κ = −0.00128/0.05472 = −0.0234 although the coders agree on 94% of units.
    expect(kappaOf([[118, 5], [2, 0]]).value).toBeCloseTo(-0.023392, 5);
  });
});
