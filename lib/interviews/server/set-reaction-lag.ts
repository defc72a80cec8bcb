import { z } from "zod";
import type { PrismaClient } from "../../db/open-database";
import { publishInterviewChanged } from "../access-events";
import { LIMITS } from "../policy";
import { requireCapability } from "./require-capability";

export const reactionLagSchema = z
  .number("Reaction lag is a number of milliseconds")
  .int()
  .min(0, "Reaction lag cannot be negative")
  .max(LIMITS.reactionLagMs, `Keep the reaction lag at ${LIMITS.reactionLagMs / 1000} s or less`);

/** How far live tags are shifted back onto the transcript; the interviewer or the workspace owner sets it. */
export async function setReactionLag(options: { db: PrismaClient; userId: string; interviewId: string; reactionLagMs: unknown }) {
  const reactionLagMs = reactionLagSchema.parse(options.reactionLagMs);
  const { interview } = await requireCapability({
    ...options,
    capability: "canSetTiming",
    refusal: "Only the interviewer or the workspace owner can change the reaction lag",
  });
  await options.db.interview.update({ where: { id: interview.id }, data: { reactionLagMs } });
  publishInterviewChanged(interview.id);
}
