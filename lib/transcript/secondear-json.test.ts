// SecondEar's own export round-trips, and JSON syntax errors name their line.
import { describe, expect, it } from "vitest";
import { jsonErrorOffset } from "./json-error-offset";
import { parseSecondEarJson, toSecondEarJson } from "./secondear-json";
import { parseOk } from "./test-helpers";
import type { Utterance } from "./types";

describe("SecondEar JSON", () => {
  it("export → import round-trips utterances and roles", () => {
    const utterances: Utterance[] = [
      { speaker: "Ana", role: "interviewer", startMs: 0, endMs: 1200, text: "Walk me through it." },
      { speaker: "Sam", startMs: 1300, endMs: 5000, text: "Well, \"first\" I…" },
    ];
    const json = toSecondEarJson(utterances);
    expect(JSON.parse(json)).toMatchObject({ format: "secondear", version: 1 });
    expect(parseSecondEarJson(json)).toEqual({ ok: true, utterances });
    expect(parseOk(json).speakers).toEqual(["Ana", "Sam"]);
  });

  it("consecutive utterances of one speaker stay separate (they were SecondEar's)", () => {
    const json = toSecondEarJson([
      { speaker: "Ana", startMs: 0, endMs: 1, text: "a" },
      { speaker: "Ana", startMs: 1, endMs: 2, text: "b" },
    ]);
    expect(parseOk(json).utterances).toHaveLength(2);
  });
});

describe("jsonErrorOffset", () => {
  it.each([
    ['{"a": [,]}', 7],
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ["[1, 2", 5],
    ['"abc', 4],
    ["[tru]", 1],
    ["{} x", 3],
    ['{"a": 01}', 7],
  ])("%s fails at offset %i", (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });
});
