import type { Role, Utterance } from "./types";

export interface LooselyTimedUtterance {
  speaker: string;
  role: Role;
  startMs: number | null;
  endMs: number | null;
  text: string;
}

/**
 * Utterances typed or pasted without timings still carry questions and words;
 * they get the previous utterance's end as a zero-length time so order holds
 * and time-based metrics ignore them. Returns how many were filled.
 */
export function fillMissingTimings(input: LooselyTimedUtterance[]): { utterances: Utterance[]; untimed: number } {
  let previousEnd = 0;
  let untimed = 0;
  const utterances = input.map((u, i) => {
    if (u.startMs == null) untimed++;
    const startMs = u.startMs ?? previousEnd;
    const endMs = Math.max(startMs, u.endMs ?? startMs);
    previousEnd = Math.max(previousEnd, endMs);
    return { id: String(i), speaker: u.speaker, role: u.role, startMs, endMs, text: u.text };
  });
  return { utterances, untimed };
}
