import { z } from "zod";
import type { PrismaClient } from "../../db/open-database";
import { UserError } from "../../workspaces/errors";

export const MAX_REACTION_LAG_MS = 15_000;

export const reactionLagSchema = z
  .number("Reaction lag is a number of milliseconds")
  .int()
  .min(0, "Reaction lag cannot be negative")
  .max(MAX_REACTION_LAG_MS, `Keep the reaction lag at ${MAX_REACTION_LAG_MS / 1000} s or less`);

/** How far live tags are shifted back onto the transcript; the interviewer or the workspace owner sets it. */
export async function setReactionLag(options: { db: PrismaClient; userId: string; interviewId: string; reactionLagMs: unknown }) {
  const reactionLagMs = reactionLagSchema.parse(options.reactionLagMs);
  const interview = await options.db.interview.findUnique({
    where: { id: options.interviewId },
    include: {
      participants: { where: { userId: options.userId } },
      workspace: { include: { memberships: { where: { userId: options.userId } } } },
    },
  });
  const membership = interview?.workspace.memberships[0];
  if (!interview || !membership) throw new UserError("No such interview", "not-found");
  if (membership.role !== "owner" && interview.participants[0]?.role !== "interviewer") {
    throw new UserError("Only the interviewer or the workspace owner can change the reaction lag", "forbidden");
  }
  await options.db.interview.update({ where: { id: interview.id }, data: { reactionLagMs } });
}
