/** Where an interview stands, as the interviews list shows it. */
export const INTERVIEW_STATES = ["live", "in review", "revealed"] as const;
export type InterviewState = (typeof INTERVIEW_STATES)[number];

/**
 * live: the call clock runs; revealed: everyone may see both people's tags (revealed, or blind
 * tagging off); in review: otherwise (before, between or after calls, tags still private).
 */
export function decideInterviewState(options: { clockStatus: "stopped" | "running" | "paused"; blind: boolean; revealed: boolean }): InterviewState {
  if (options.clockStatus === "running") return "live";
  if (options.revealed || !options.blind) return "revealed";
  return "in review";
}
