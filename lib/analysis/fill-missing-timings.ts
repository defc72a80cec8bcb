import { fillTimings } from "../agreement/fill-timings";
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
 * and time-based metrics ignore them (`fillTimings`, the rule the report and
 * the room's tag view use too). Returns how many were filled.
 */
export function fillMissingTimings(input: LooselyTimedUtterance[]): { utterances: Utterance[]; untimed: number } {
  const { items, untimed } = fillTimings(input);
  const utterances = items.map((u, i) => ({ id: String(i), speaker: u.speaker, role: u.role, startMs: u.startMs, endMs: u.endMs, text: u.text }));
  return { utterances, untimed };
}
