/**
 * The room link for a moment of an interview: `t` seeks the player (transcript ms), `u` scrolls
 * the transcript to that block (the utterance id of `readReportUtterances`).
 */
export function formatMomentHref(interviewId: string) {
  return ({ utteranceId, atMs }: { utteranceId: string; atMs: number }) =>
    `/interviews/${encodeURIComponent(interviewId)}?t=${Math.max(0, Math.round(atMs))}&u=${encodeURIComponent(utteranceId)}`;
}
