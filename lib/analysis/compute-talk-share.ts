import { countWords } from "./count-words";
import { share } from "./share";
import type { TalkShare, TalkShareWindow, Utterance } from "./types";

/**
 * Talk share of interviewer vs customer by words and by speaking time,
 * overall and per window (5 minutes by default, aligned to the call clock at 0).
 * An utterance spanning a window edge is split by time, and its words in the
 * same proportion, so a long monologue shows up in every window it fills.
 */
export function computeTalkShare(utterances: Utterance[], windowMs = 5 * 60_000, words?: number[]): TalkShare {
  const wordCounts = words ?? utterances.map((u) => countWords(u.text));
  const totals = { interviewer: { w: 0, t: 0 }, customer: { w: 0, t: 0 } };
  const end = utterances.reduce((m, u) => Math.max(m, u.endMs), 0);
  const count = utterances.length ? Math.max(1, Math.ceil(end / windowMs)) : 0;
  const acc = Array.from({ length: count }, () => ({ interviewer: { w: 0, t: 0 }, customer: { w: 0, t: 0 } }));
  utterances.forEach((u, i) => {
    if (u.role !== "interviewer" && u.role !== "customer") return;
    const dur = Math.max(0, u.endMs - u.startMs);
    totals[u.role].w += wordCounts[i];
    totals[u.role].t += dur;
    const first = Math.floor(u.startMs / windowMs);
    const last = Math.min(count - 1, Math.floor(Math.max(u.startMs, u.endMs - 1) / windowMs));
    for (let k = first; k <= last; k++) {
      const overlap = Math.min(u.endMs, (k + 1) * windowMs) - Math.max(u.startMs, k * windowMs);
      const part = dur > 0 ? overlap / dur : 1;
      acc[k][u.role].w += wordCounts[i] * part;
      acc[k][u.role].t += Math.max(0, overlap);
    }
  });
  const windows: TalkShareWindow[] = acc.map((a, k) => ({
    startMs: k * windowMs,
    endMs: (k + 1) * windowMs,
    words: share(round1(a.interviewer.w), round1(a.customer.w)),
    timeMs: share(a.interviewer.t, a.customer.t),
  }));
  return {
    words: share(totals.interviewer.w, totals.customer.w),
    timeMs: share(totals.interviewer.t, totals.customer.t),
    windowMs,
    windows,
  };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
