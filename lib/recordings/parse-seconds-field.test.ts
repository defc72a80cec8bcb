import { describe, expect, it } from "vitest";
import { formatSecondsField } from "./format-seconds-field";
import { parseSecondsField } from "./parse-seconds-field";

describe("seconds fields (recording offset, transcript start)", () => {
  it("shows milliseconds as seconds", () => {
    expect([1500, -2000, 0, 61_250].map(formatSecondsField)).toEqual(["1.5", "-2", "0", "61.25"]);
  });

  it("reads seconds, or m:ss as times are written elsewhere, and refuses anything else", () => {
    expect(parseSecondsField("1.5")).toBe(1500);
    expect(parseSecondsField(" -2 ")).toBe(-2000);
    expect(parseSecondsField("0,25")).toBe(250);
    expect(parseSecondsField("1:30")).toBe(90_000);
    expect(parseSecondsField("-0:05.5")).toBe(-5500);
    for (const bad of ["", "abc", "1:75", "1e3", "1.2.3"]) expect(parseSecondsField(bad)).toBeNull();
    for (const ms of [1500, -2000, 0, 61_250]) expect(parseSecondsField(formatSecondsField(ms))).toBe(ms);
  });
});
