import { z } from "zod";
import type { PrismaClient } from "../../db/open-database";
import { requireInterviewManager } from "./require-interview-manager";

export const MAX_REACTION_LAG_MS = 15_000;

export const reactionLagSchema = z
  .number("Reaction lag is a number of milliseconds")
  .int()
  .min(0, "Reaction lag cannot be negative")
  .max(MAX_REACTION_LAG_MS, `Keep the reaction lag at ${MAX_REACTION_LAG_MS / 1000} s or less`);

/** How far live tags are shifted back onto the transcript; the interviewer or the workspace owner sets it. */
export async function setReactionLag(options: { db: PrismaClient; userId: string; interviewId: string; reactionLagMs: unknown }) {
  const reactionLagMs = reactionLagSchema.parse(options.reactionLagMs);
  const interview = await requireInterviewManager({
    ...options,
    refusal: "Only the interviewer or the workspace owner can change the reaction lag",
  });
  await options.db.interview.update({ where: { id: interview.id }, data: { reactionLagMs } });
}
