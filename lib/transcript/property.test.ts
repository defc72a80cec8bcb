// Property-based tests: whatever the bytes, the parser returns a result or a
// typed error (never throws, never the "internal" safety net), and a result
// is well-formed. Runs are modest so the file stays well under 10 s.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCues } from "./parse-cues";
import { parseTranscript } from "./parse-transcript";
import { samplesDir } from "./test-helpers";
import { TRANSCRIPT_FORMATS, type FormatOption, type TranscriptResult } from "./types";

const EXPECTED_CODES = ["empty", "too-large", "binary", "not-transcript", "no-cues", "invalid-json"];
const formats: FormatOption[] = ["auto", ...TRANSCRIPT_FORMATS];
const wptDir = new URL("./testdata/webvtt-wpt/", import.meta.url);
const corpus: Uint8Array[] = [
  ...readdirSync(samplesDir).map((f) => new Uint8Array(readFileSync(samplesDir + f))),
  ...["nulls", "regions-id", "settings-line", "timings-too-short", "whitespace-chars", "arrows"].map(
    (n) => new Uint8Array(readFileSync(new URL(`${n}.vtt`, wptDir))),
  ),
];

function checkResult(result: TranscriptResult): void {
  if (!result.ok) {
    expect(EXPECTED_CODES).toContain(result.error.code);
    expect(result.error.message.length).toBeGreaterThan(0);
    return;
  }
  expect(result.utterances.length).toBeGreaterThan(0);
  for (const u of result.utterances) {
    expect(Number.isInteger(u.startMs) && Number.isInteger(u.endMs)).toBe(true);
    expect(u.startMs).toBeGreaterThanOrEqual(0);
    expect(u.endMs).toBeGreaterThanOrEqual(u.startMs);
    expect(u.text.trim()).toBe(u.text);
    expect(u.text.length).toBeGreaterThan(0);
    expect(result.speakers).toContain(u.speaker);
  }
}

function checkBoth(input: Uint8Array | string, format: FormatOption): void {
  checkResult(parseTranscript({ input, format }));
  const cues = parseCues({ input, format });
  if (!cues.ok) expect(EXPECTED_CODES).toContain(cues.error.code);
  else for (const c of cues.cues) expect(typeof c.text).toBe("string");
}

// Mutations that keep most of a real file's structure.
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant("insertText" as const), at: fc.nat(), text: fc.constantFrom("-->", "\n", "\r", "\0", "<v ", "</v>", ">>", ": ", "WEBVTT", "&amp", "<", "00:00:01,000", "REGION\n", "NOTE", "\ufeff") }),
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(input: Uint8Array, mutations: Mutation[]): Uint8Array {
  let bytes = Array.from(input);
  for (const m of mutations) {
    const at = bytes.length ? m.at % (bytes.length + 1) : 0;
    if (m.kind === "delete") bytes.splice(at, m.length);
    else if (m.kind === "insert") bytes.splice(at, 0, ...m.bytes);
    else if (m.kind === "insertText") bytes.splice(at, 0, ...new TextEncoder().encode(m.text));
    else if (m.kind === "flip" && at < bytes.length) bytes[at] = m.value;
    else if (m.kind === "truncate") bytes = bytes.slice(0, at);
  }
  return new Uint8Array(bytes);
}

describe("properties", () => {
  it("arbitrary bytes → result or typed error, for every format option", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1500 }), fc.constantFrom(...formats), (bytes, format) => checkBoth(bytes, format)),
      { numRuns: 400, seed: 20261127 },
    );
  });

  it("arbitrary text, including line breaks and markup characters", () => {
    const chars = fc.constantFrom("a", "Z", " ", ":", "\n", "\r", "\t", "-", ">", "<", "v", "0", "1", "5", ".", ",", "&", ";", "é", "\u2028", "{", '"', "[");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 400 }).map((a) => a.join("")), fc.constantFrom(...formats), (text, format) => checkBoth(text, format)),
      { numRuns: 400, seed: 7 },
    );
  });

  it("mutated real files → result or typed error", () => {
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.constantFrom(...formats), (file, mutations, format) =>
        checkBoth(mutate(file, mutations), format),
      ),
      { numRuns: 400, seed: 42 },
    );
  });

  it("generated Zoom transcripts keep every word, in order, with their speakers", () => {
    const word = fc.stringMatching(/^[A-Za-z']{1,8}$/);
    const cue = fc.record({ speaker: fc.constantFrom("Ana Ruiz", "Sam Lee", "Kim"), words: fc.array(word, { minLength: 1, maxLength: 12 }), gap: fc.nat(3000), length: fc.integer({ min: 0, max: 8000 }) });
    fc.assert(
      fc.property(fc.array(cue, { minLength: 1, maxLength: 30 }), (cues) => {
        let t = 0;
        const blocks = cues.map((c, i) => {
          const start = t + c.gap;
          t = start + c.length;
          return `${i + 1}\n${stamp(start)} --> ${stamp(t)}\n${c.speaker}: ${c.words.join(" ")}`;
        });
        const result = parseTranscript({ input: `WEBVTT\n\n${blocks.join("\n\n")}\n`, format: "zoom" });
        if (!result.ok) throw new Error(result.error.message);
        expect(result.utterances.map((u) => u.text).join(" ")).toBe(cues.map((c) => c.words.join(" ")).join(" "));
        // Merging: no two neighbouring utterances share a speaker.
        result.utterances.forEach((u, i) => i > 0 && expect(u.speaker).not.toBe(result.utterances[i - 1].speaker));
      }),
      { numRuns: 200, seed: 3 },
    );
  });
});

function stamp(ms: number): string {
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${p(Math.floor(ms / 3_600_000))}:${p(Math.floor(ms / 60_000) % 60)}:${p(Math.floor(ms / 1000) % 60)}.${p(ms % 1000, 3)}`;
}
