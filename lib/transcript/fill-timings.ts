// Text formats give a start time per paragraph (Otter), a timestamp every few
// minutes (Google Meet's transcript document) or none at all (a pasted
// "Name: text" dialogue). Missing starts are spread by word count between the
// known ones, at ~150 words a minute after the last; each end is the next
// start (capped, so one paragraph before a long pause isn't highlighted for
// minutes), so playback highlighting has no gaps in normal talk.
import { WORDS_PER_SECOND } from "./limits";
import type { Utterance } from "./types";

export interface DraftUtterance {
  speaker: string;
  text: string;
  knownStartMs?: number;
  line: number;
}

export function estimateDurationMs(text: string): number {
  const words = countWords(text);
  return Math.max(1000, Math.round((words / WORDS_PER_SECOND) * 1000));
}

export function countWords(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

export function fillTimings(drafts: readonly DraftUtterance[]): Utterance[] {
  const starts = drafts.map((d) => d.knownStartMs);
  if (starts.length && starts[0] === undefined) starts[0] = 0;
  let anchor = 0;
  while (anchor < starts.length) {
    let next = anchor + 1;
    while (next < starts.length && starts[next] === undefined) next++;
    const from = starts[anchor] as number;
    const to = next < starts.length ? (starts[next] as number) : undefined;
    spread(drafts, starts, anchor, next, from, to);
    anchor = next;
  }
  return drafts.map((d, i) => {
    const startMs = starts[i] as number;
    const following = starts[i + 1];
    const estimate = estimateDurationMs(d.text);
    const latest = startMs + 2 * estimate + 5000;
    const endMs = following !== undefined && following > startMs ? Math.min(following, latest) : startMs + estimate;
    return { speaker: d.speaker, startMs, endMs, text: d.text };
  });
}

// Fill starts[first+1 .. last-1] between two known starts `from` and `to`.
function spread(drafts: readonly DraftUtterance[], starts: (number | undefined)[], first: number, last: number, from: number, to: number | undefined): void {
  const durations = drafts.slice(first, last).map((d) => estimateDurationMs(d.text));
  const total = durations.reduce((a, b) => a + b, 0);
  // Squeeze or stretch the estimates to the known span; if the next known
  // start is earlier (a typo in the file), fall back to the plain estimate.
  const scale = to !== undefined && to > from ? (to - from) / total : 1;
  let t = from;
  for (let i = first + 1; i < last; i++) {
    t += durations[i - first - 1] * scale;
    starts[i] = Math.round(t);
  }
}

// "Consecutive turns by the same speaker are one utterance", as for cues.
export function mergeSameSpeaker(utterances: Utterance[]): Utterance[] {
  const out: Utterance[] = [];
  for (const u of utterances) {
    const last = out[out.length - 1];
    if (last && last.speaker === u.speaker) {
      last.text += ` ${u.text}`;
      last.endMs = Math.max(last.endMs, u.endMs);
    } else out.push({ ...u });
  }
  return out;
}
