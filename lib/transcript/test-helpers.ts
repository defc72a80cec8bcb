// Test helpers (imported only by *.test.ts files).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { parseTranscript } from "./parse-transcript";
import type { FormatOption, TranscriptInput, TranscriptSuccess, TranscriptError } from "./types";

export const samplesDir = fileURLToPath(new URL("./testdata/samples/", import.meta.url));

export function sample(name: string): Uint8Array {
  return new Uint8Array(readFileSync(samplesDir + name));
}

export function parseOk(input: TranscriptInput, format: FormatOption = "auto"): TranscriptSuccess {
  const result = parseTranscript({ input, format });
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result;
}

export function parseErr(input: TranscriptInput, format: FormatOption = "auto"): TranscriptError {
  const result = parseTranscript({ input, format });
  expect(result.ok).toBe(false);
  return (result as { error: TranscriptError }).error;
}

/** Utterances as compact tuples, for readable expectations. */
export function turns(result: TranscriptSuccess): Array<[string, number, number, string]> {
  return result.utterances.map((u) => [u.speaker, u.startMs, u.endMs, u.text]);
}
