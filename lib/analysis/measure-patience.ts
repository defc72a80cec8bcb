import { locate } from "./locate";
import type { HeldSilence, Patience, SilenceBucket, Utterance } from "./types";

const BUCKETS: Array<[string, number, number | null]> = [
  ["overlap", -Infinity, 0],
  ["0–0.5 s", 0, 500],
  ["0.5–1 s", 500, 1000],
  ["1–2 s", 1000, 2000],
  ["2–3 s", 2000, 3000],
  ["3 s+", 3000, null],
];

/**
 * Patience: the silence the interviewer leaves after the customer stops.
 * Measured at every customer-to-interviewer hand-over. Held silences are
 * gaps of `heldSilenceMs` or more after a customer utterance, whether the
 * interviewer then spoke or — the point of holding — the customer went on.
 */
export function measurePatience(utterances: Utterance[], heldSilenceMs = 2000): Patience {
  const gaps: number[] = [];
  const heldSilences: HeldSilence[] = [];
  for (let i = 1; i < utterances.length; i++) {
    const prev = utterances[i - 1];
    const next = utterances[i];
    if (prev.role !== "customer") continue;
    const gap = next.startMs - prev.endMs;
    if (next.role === "interviewer") gaps.push(gap);
    if ((next.role === "interviewer" || next.role === "customer") && gap >= heldSilenceMs) {
      const loc = locate(utterances, i - 1, prev.text.length, prev.text.length);
      loc.startMs = prev.endMs;
      loc.endMs = next.startMs;
      heldSilences.push({ afterUtteranceIndex: i - 1, silenceMs: gap, brokenBy: next.role, location: loc });
    }
  }
  const distribution: SilenceBucket[] = BUCKETS.map(([label, from, to]) => ({
    label,
    fromMs: Number.isFinite(from) ? from : Number.MIN_SAFE_INTEGER,
    toMs: to,
    count: gaps.filter((g) => g >= from && (to === null || g < to)).length,
  }));
  return { transitions: gaps.length, medianMs: median(gaps.map((g) => Math.max(0, g))), distribution, heldSilences };
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
