// Runs the 37 web-platform-tests WebVTT file-parsing vectors (copied into
// testdata/ so a clean clone without ../shared still has them). Each `.js`
// file is a list of assertions over `cues`; we evaluate it with the WPT
// helper semantics (SameValue equality).
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decodeInput } from "./decode-input";
import { parseWebVtt } from "./webvtt-parse";

const dir = fileURLToPath(new URL("./testdata/webvtt-wpt/", import.meta.url));
const names = readdirSync(dir).filter((f) => f.endsWith(".vtt")).map((f) => f.slice(0, -4)).sort();

function parseVector(name: string): unknown[] {
  const decoded = decodeInput(new Uint8Array(readFileSync(dir + name + ".vtt")));
  if (!decoded.ok) throw new Error(decoded.error.message);
  const parsed = parseWebVtt(decoded.text);
  return parsed.ok ? parsed.cues : [];
}

function runVector(name: string, cues: unknown[] = parseVector(name)): string[] {
  const failures: string[] = [];
  const say = (m: unknown, what: string) => failures.push(`${m ?? ""} ${what}`);
  const helpers = {
    assert_equals: (a: unknown, e: unknown, m?: string) => {
      if (!Object.is(a, e)) say(m, `got ${JSON.stringify(a)}, want ${JSON.stringify(e)}`);
    },
    assert_true: (a: unknown, m?: string) => a === true || say(m, `want true, got ${String(a)}`),
    assert_false: (a: unknown, m?: string) => a === false || say(m, `want false, got ${String(a)}`),
    assert_not_equals: (a: unknown, e: unknown, m?: string) => Object.is(a, e) && say(m, "want different values"),
  };
  const src = readFileSync(dir + name + ".js", "utf8");
  try {
    new Function("cues", ...Object.keys(helpers), src)(cues, ...Object.values(helpers));
  } catch (error) {
    failures.push(`threw ${(error as Error).message}`);
  }
  return failures;
}

describe("WebVTT WPT file-parsing vectors", () => {
  it("finds all 37 vectors", () => {
    expect(names).toHaveLength(37);
  });
  it.each(names)("%s", (name) => {
    expect(runVector(name)).toEqual([]);
  });
  it("the harness does catch a wrong parse", () => {
    const cues = parseVector("settings-line") as Array<{ line: unknown }>;
    expect(runVector("settings-line", cues.slice(1))[0]).toMatch(/got 45, want 46/);
    cues[0] = { ...cues[0], line: "auto" };
    expect(runVector("settings-line", cues)).toContain("Failed with cue 0 got \"auto\", want -1");
  });
});
