import { z } from "zod";

/** Longest names and titles people may give; the forms and the server check the same numbers. */
export const TEXT_LIMITS = {
  workspaceName: 120, // a sign-up's "<name up to 100>'s workspace" fits
  interviewTitle: 200,
  participant: 200,
} as const;

/**
 * A required one-line text of at most `max` characters (after trimming). Too long is refused with
 * the length it has, never cut: the person decides what to drop.
 */
export function limitedText(options: { max: number; what: string; empty: string }) {
  return z
    .string(options.empty)
    .trim()
    .min(1, options.empty)
    .max(options.max, {
      error: (issue) => `${options.what} is too long: ${String(issue.input ?? "").length} characters, at most ${options.max}`,
    });
}
