import { describe, expect, it } from "vitest";
import { parseRange } from "./parse-range";

describe("parseRange", () => {
  it("serves the whole file without a usable header", () => {
    for (const header of [null, undefined, "", "items=0-5", "bytes=", "bytes=-", "bytes=a-b", "bytes=0-1,4-5", "bytes=9-3"]) {
      expect(parseRange(header, 100), String(header)).toBeNull();
    }
  });

  it("reads closed, open-ended and suffix ranges, clamped to the file", () => {
    expect(parseRange("bytes=0-0", 100)).toEqual({ start: 0, end: 0 });
    expect(parseRange("bytes=10-19", 100)).toEqual({ start: 10, end: 19 });
    expect(parseRange("bytes=90-", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=90-500", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=-10", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=-500", 100)).toEqual({ start: 0, end: 99 });
    expect(parseRange(" Bytes = 5 - 6 ", 100)).toEqual({ start: 5, end: 6 });
  });

  it("says unsatisfiable when the range starts past the end", () => {
    expect(parseRange("bytes=100-", 100)).toBe("unsatisfiable");
    expect(parseRange("bytes=150-200", 100)).toBe("unsatisfiable");
    expect(parseRange("bytes=-0", 100)).toBe("unsatisfiable");
    expect(parseRange("bytes=0-", 0)).toBe("unsatisfiable");
  });
});
