// SecondEar's own transcript export: the lossless round-trip format.
//
//   { "format": "secondear", "version": 1,
//     "utterances": [ { "speaker": "Ana", "role": "interviewer",
//                       "startMs": 0, "endMs": 4200, "text": "..." } ] }
//
// Utterances are taken as they are (no merging): they were made by SecondEar.
import { jsonErrorOffset } from "./json-error-offset";
import { isSpeakerRole, SPEAKER_ROLES } from "../vocabulary";
import type { TranscriptError, Utterance } from "./types";

export interface SecondEarTranscriptJson {
  format: "secondear";
  version: 1;
  utterances: Utterance[];
}


export function toSecondEarJson(utterances: readonly Utterance[]): string {
  const doc: SecondEarTranscriptJson = {
    format: "secondear",
    version: 1,
    utterances: utterances.map((u) => ({ speaker: u.speaker, ...(u.role ? { role: u.role } : {}), startMs: u.startMs, endMs: u.endMs, text: u.text })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export type JsonParse = { ok: true; utterances: Utterance[] } | { ok: false; error: TranscriptError };

export function parseSecondEarJson(text: string): JsonParse {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const line = text.slice(0, jsonErrorOffset(text)).split(/\r\n|\r|\n/).length;
    const reason = (error as Error).message.split("\n")[0].replace(/, ".*$/, "");
    return fail(`line ${line}: invalid JSON (${reason})`, line);
  }
  if (!isObject(doc) || doc.format !== "secondear") {
    return fail('line 1: this JSON is not a SecondEar transcript (expected "format": "secondear")', 1);
  }
  if (doc.version !== 1) return fail(`line 1: unsupported SecondEar transcript version ${JSON.stringify(doc.version)}; this version reads 1`, 1);
  if (!Array.isArray(doc.utterances)) return fail('line 1: "utterances" must be an array', 1);
  const utterances: Utterance[] = [];
  for (let i = 0; i < doc.utterances.length; i++) {
    const item: unknown = doc.utterances[i];
    const problem = checkUtterance(item);
    if (problem) return fail(`utterances[${i}]: ${problem}`);
    const u = item as Utterance;
    utterances.push({ speaker: u.speaker, ...(u.role ? { role: u.role } : {}), startMs: u.startMs, endMs: u.endMs, text: u.text });
  }
  return { ok: true, utterances };
}

function checkUtterance(u: unknown): string | undefined {
  if (!isObject(u)) return "must be an object";
  if (typeof u.speaker !== "string" || !u.speaker.trim()) return '"speaker" must be a non-empty string';
  if (u.role !== undefined && !isSpeakerRole(u.role)) return `"role" must be one of ${SPEAKER_ROLES.join(", ")}`;
  for (const key of ["startMs", "endMs"] as const) {
    const v = u[key];
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0) return `"${key}" must be a whole number of milliseconds ≥ 0`;
  }
  if ((u.endMs as number) < (u.startMs as number)) return '"endMs" is before "startMs"';
  if (typeof u.text !== "string") return '"text" must be a string';
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function fail(message: string, line?: number): JsonParse {
  return { ok: false, error: { code: "invalid-json", message, ...(line ? { line } : {}) } };
}
