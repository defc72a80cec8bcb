import { describe, expect, it } from "vitest";
import { formatFixed } from "./format-fixed";

describe("formatFixed", () => {
  it("shows a value that rounds to zero as 0.00, never -0.00", () => {
    expect(formatFixed(-0.0004, 2)).toBe("0.00");
    expect(formatFixed(-0, 3)).toBe("0.000");
    expect(formatFixed(-0.005, 2)).toBe("-0.01");
    expect(formatFixed(0.4567, 2)).toBe("0.46");
  });
});
