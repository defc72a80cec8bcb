import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cohensKappa } from "./cohens-kappa";
import { computeAgreement } from "./compute-agreement";
import { krippendorffAlpha } from "./krippendorff-alpha";
import type { Coefficient } from "./types";

// Random reliability matrices: 1-4 coders, 0-25 units, values 1..4 or missing. Seeded, so the
// run is deterministic; the point is the contract, not the numbers.
const matrix = fc.integer({ min: 0, max: 25 }).chain((units) =>
  fc.array(fc.array(fc.option(fc.integer({ min: 1, max: 4 }), { nil: null, freq: 4 }), { minLength: units, maxLength: units }), { minLength: 1, maxLength: 4 }),
);
const settings = { seed: 20260601, numRuns: 300 };

function wellFormed(c: Coefficient | undefined) {
  if (!c) return;
  if (c.value === null) expect(c.reason.length).toBeGreaterThan(0);
  else expect(Number.isFinite(c.value)).toBe(true);
}

describe("coefficient contract", () => {
  it("is always a finite number or 'not defined' with a reason, never NaN", () => {
    fc.assert(
      fc.property(matrix, fc.constantFrom("nominal", "ordinal", "interval", "ratio" as const), (data, level) => {
        const s = computeAgreement(data, { level });
        [s.percentAgreement, s.krippendorffAlpha, s.gwetAC1, s.cohensKappa].forEach(wellFormed);
        if (s.percentAgreement.value !== null) expect(s.percentAgreement.value).toBeGreaterThanOrEqual(0);
        if (s.percentAgreement.value !== null) expect(s.percentAgreement.value).toBeLessThanOrEqual(1);
      }),
      settings,
    );
  });

  it("gives the same kappa whichever coder is listed first", () => {
    fc.assert(
      fc.property(matrix.filter((d) => d.length === 2), ([a, b]) => {
        const ab = cohensKappa(a, b).value;
        const ba = cohensKappa(b, a).value;
        if (ab === null) expect(ba).toBeNull();
        else expect(ba).toBeCloseTo(ab, 12);
      }),
      settings,
    );
  });

  it("does not depend on the order of coders or units", () => {
    fc.assert(
      fc.property(matrix, (data) => {
        const reversed = [...data].reverse().map((row) => [...row].reverse());
        const x = krippendorffAlpha(data, "interval").value;
        const y = krippendorffAlpha(reversed, "interval").value;
        if (x === null) expect(y).toBeNull();
        else expect(y).toBeCloseTo(x, 10);
      }),
      settings,
    );
  });
});
