import type { Location, Utterance } from "./types";

/**
 * Location of a character span inside an utterance. Transcripts carry times
 * per utterance only, so the span's time is interpolated linearly by
 * character position — good enough to seek the player to the right moment.
 */
export function locate(utterances: Utterance[], index: number, charStart = 0, charEnd?: number): Location {
  const u = utterances[index];
  const len = Math.max(u.text.length, 1);
  const end = charEnd ?? u.text.length;
  const span = u.endMs - u.startMs;
  const loc: Location = {
    utteranceIndex: index,
    charStart,
    charEnd: end,
    startMs: Math.round(u.startMs + (span * charStart) / len),
    endMs: Math.round(u.startMs + (span * end) / len),
  };
  if (u.id !== undefined) loc.utteranceId = u.id;
  return loc;
}
