import type { Utterance } from "./types";

/**
 * Interactivity: how often the floor changes hands. Counted over utterances
 * in time order; two utterances in a row by the same speaker are one turn.
 */
export function countSpeakerSwitches(utterances: Utterance[], durationMs: number): { switches: number; switchesPerMinute: number } {
  let switches = 0;
  for (let i = 1; i < utterances.length; i++) {
    if (utterances[i].speaker !== utterances[i - 1].speaker) switches++;
  }
  const minutes = durationMs / 60_000;
  return { switches, switchesPerMinute: minutes > 0 ? switches / minutes : 0 };
}
