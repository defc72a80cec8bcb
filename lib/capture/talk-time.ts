/**
 * Talk time from the call's two audio channels: who spoke when, on the call
 * clock. Everything here is computed from the segments alone, so every
 * browser in the room (and the report) derives the same figures.
 */
export type Speaker = "interviewer" | "customer";

export interface TalkSegment {
  speaker: Speaker;
  startMs: number;
  endMs: number;
}

export interface TalkFigures {
  interviewerMs: number;
  customerMs: number;
  /** Interviewer's share of the time anyone talked (0–1), null before anyone did. */
  share: number | null;
  recentShare: number | null;
  recentInterviewerMs: number;
  recentCustomerMs: number;
  /** How long the interviewer has been holding the floor now (0 when not). */
  monologueMs: number;
  longestMonologueMs: number;
  /** Pauses of at least SILENCE_HELD_MS the interviewer left after speaking, before the customer answered. */
  silencesHeld: number;
}

export const RECENT_WINDOW_MS = 5 * 60_000;
export const SILENCE_HELD_MS = 3_000;
/** The customer's short "mm-hm"s do not end a monologue; a gap this long does. */
const BACKCHANNEL_MS = 1_000;
const MONOLOGUE_GAP_MS = 2_000;

function overlap(segment: TalkSegment, from: number, to: number): number {
  return Math.max(0, Math.min(segment.endMs, to) - Math.max(segment.startMs, from));
}

/** `segments` may include open ones (endMs = now); order does not matter. */
export function computeTalkFigures(segments: readonly TalkSegment[], nowMs: number): TalkFigures {
  const sorted = [...segments].sort((a, b) => a.startMs - b.startMs);
  let interviewerMs = 0;
  let customerMs = 0;
  let recentInterviewerMs = 0;
  let recentCustomerMs = 0;
  for (const s of sorted) {
    const length = s.endMs - s.startMs;
    const recent = overlap(s, nowMs - RECENT_WINDOW_MS, nowMs);
    if (s.speaker === "interviewer") {
      interviewerMs += length;
      recentInterviewerMs += recent;
    } else {
      customerMs += length;
      recentCustomerMs += recent;
    }
  }

  // Monologues: runs of interviewer speech not interrupted by a real customer turn or a long gap.
  let runStart: number | null = null;
  let runEnd = 0;
  let longestMonologueMs = 0;
  let silencesHeld = 0;
  let lastInterviewerEnd: number | null = null;
  for (const s of sorted) {
    if (s.speaker === "interviewer") {
      if (runStart == null || s.startMs - runEnd > MONOLOGUE_GAP_MS) runStart = s.startMs;
      runEnd = Math.max(runEnd, s.endMs);
      longestMonologueMs = Math.max(longestMonologueMs, runEnd - runStart);
      lastInterviewerEnd = runEnd;
    } else {
      if (lastInterviewerEnd != null && s.startMs - lastInterviewerEnd >= SILENCE_HELD_MS) silencesHeld += 1;
      lastInterviewerEnd = null;
      if (s.endMs - s.startMs >= BACKCHANNEL_MS) runStart = null;
    }
  }
  const monologueMs = runStart != null && nowMs - runEnd <= MONOLOGUE_GAP_MS ? runEnd - runStart : 0;

  const total = interviewerMs + customerMs;
  const recentTotal = recentInterviewerMs + recentCustomerMs;
  return {
    interviewerMs,
    customerMs,
    share: total > 0 ? interviewerMs / total : null,
    recentShare: recentTotal > 0 ? recentInterviewerMs / recentTotal : null,
    recentInterviewerMs,
    recentCustomerMs,
    monologueMs,
    longestMonologueMs,
    silencesHeld,
  };
}

/** The default "Speak less" threshold: the interviewer's share of the last five minutes. */
export const DEFAULT_TALK_SHARE_LIMIT = 0.4;

/** Whether the buddy should be offered a "Speak less" nudge (needs 20 s of talk to judge). */
export function isTalkingTooMuch(figures: TalkFigures, limit = DEFAULT_TALK_SHARE_LIMIT): boolean {
  return figures.recentShare != null && figures.recentInterviewerMs + figures.recentCustomerMs >= 20_000 && figures.recentShare > limit;
}
