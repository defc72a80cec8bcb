import { readFile } from "node:fs/promises";
import { parseTranscript } from "../transcript/index";
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
  const parsed = parseTranscript({ input: bytes, fileName: path });
  if (!parsed.ok) return { ok: false, message: `${path}: ${parsed.error.message}` };
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
