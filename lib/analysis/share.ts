import type { RoleTotals } from "./types";

/** Interviewer vs customer totals with the interviewer's share (null when nobody spoke). */
export function share(interviewer: number, customer: number): RoleTotals {
  const total = interviewer + customer;
  return { interviewer, customer, interviewerShare: total > 0 ? interviewer / total : null };
}
