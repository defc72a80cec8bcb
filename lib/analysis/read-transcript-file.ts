import { readFile } from "node:fs/promises";
import { parseTranscript, type TranscriptResult, type Utterance as TranscriptUtterance } from "../transcript/index";
import { guessRoles, type RoleHints } from "./guess-roles";
import type { Role, Utterance } from "./types";

export type ReadResult = { ok: true; utterances: Utterance[]; warnings: string[] } | { ok: false; message: string };

/**
 * Load any transcript format lib/transcript understands and give every
 * utterance a role: command-line names first, then roles stored in a
 * SecondEar JSON export, then a guess (reported as a warning).
 */
export async function readTranscriptFile(path: string, hints: RoleHints): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return { ok: false, message: `cannot read ${path}: ${(e as Error).message}` };
  }
  const parsed = parseTranscript({ input: bytes, fileName: path }) as TranscriptResult;
  if (!parsed.ok) {
    // Also accept a bare { utterances: [...] } (e.g. hand-written fixtures) that lacks the export header.
    const bare = bareUtterances(bytes);
    if (!bare) return { ok: false, message: `${path}: ${parsed.error.message}` };
    return withRoles({ utterances: bare, warnings: [], timing: "exact" }, hints);
  }
  return withRoles(parsed, hints);
}

function bareUtterances(bytes: Uint8Array): TranscriptUtterance[] | null {
  try {
    const doc = JSON.parse(new TextDecoder().decode(bytes)) as { utterances?: unknown };
    const list = doc.utterances;
    if (!Array.isArray(list) || list.length === 0) return null;
    const ok = list.every((u) => u && typeof u.speaker === "string" && typeof u.text === "string" && Number.isFinite(u.startMs) && Number.isFinite(u.endMs));
    return ok ? (list as TranscriptUtterance[]) : null;
  } catch {
    return null;
  }
}

type Parsed = Pick<Extract<TranscriptResult, { ok: true }>, "utterances" | "warnings" | "timing">;

function withRoles(parsed: Parsed, hints: RoleHints): ReadResult {
  const warnings = parsed.warnings.map((w) => (w.line ? `line ${w.line}: ${w.message}` : w.message));
  const stored = new Map<string, Role>();
  for (const u of parsed.utterances) if (u.role && !stored.has(u.speaker)) stored.set(u.speaker, u.role);
  const named = new Set([...(hints.interviewer ?? []), ...(hints.customer ?? []), ...(hints.buddy ?? [])].map((s) => s.toLowerCase()));
  const storedHints: RoleHints = { interviewer: [...(hints.interviewer ?? [])], customer: [...(hints.customer ?? [])], buddy: [...(hints.buddy ?? [])] };
  for (const [speaker, role] of stored) {
    if (named.has(speaker.toLowerCase()) || role === "other") continue;
    storedHints[role]?.push(speaker);
  }
  const { roles, warnings: roleWarnings } = guessRoles(parsed.utterances, storedHints);
  const utterances: Utterance[] = parsed.utterances.map((u, i) => ({
    id: String(i),
    speaker: u.speaker,
    role: roles.get(u.speaker) ?? stored.get(u.speaker) ?? "other",
    startMs: u.startMs,
    endMs: u.endMs,
    text: u.text,
  }));
  if (parsed.timing !== "exact") warnings.push(`timings are ${parsed.timing}: time-based metrics (talk time, interruptions, silences) are approximate`);
  return { ok: true, utterances, warnings: [...warnings, ...roleWarnings] };
}
