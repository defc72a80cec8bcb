import type { Role, Utterance } from "./types";

/** Compact hand-timed transcripts for tests: [role, startSec, endSec, text]. */
export function script(rows: Array<[Role, number, number, string]>): Utterance[] {
  const names: Record<Role, string> = { interviewer: "Ana", customer: "Ben", buddy: "Cy", other: "Dee" };
  return rows.map(([role, s, e, text], i) => ({ id: `u${i}`, speaker: names[role], role, startMs: s * 1000, endMs: e * 1000, text }));
}
