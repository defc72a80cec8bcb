import type { PrismaClient } from "../../db/open-database";
import { UserError } from "../../workspaces/errors";
import { publishInterviewChanged } from "../access-events";
import { TAGGER_ROLES } from "../roles";
import { getCapabilities } from "./get-capabilities";

/** Marks the tagger's review done; when every tagger is done, the interview's tags are revealed. */
export async function markDone(options: { db: PrismaClient; userId: string; interviewId: string; now?: Date }) {
  const now = options.now ?? new Date();
  const found = await getCapabilities(options);
  if (!found?.capabilities.isMember) throw new UserError("No such interview", "not-found");
  if (!found.capabilities.canTag) throw new UserError("Only the interviewer and the buddy mark their tagging done", "forbidden");
  const result = await options.db.$transaction(async (tx) => {
    const me = await tx.interviewParticipant.findUnique({
      where: { interviewId_userId: { interviewId: options.interviewId, userId: options.userId } },
    });
    // The seat may have changed since the check above: decided again inside the transaction.
    if (!me || !TAGGER_ROLES.includes(me.role as never)) {
      throw new UserError("Only the interviewer and the buddy mark their tagging done", "forbidden");
    }
    await tx.interviewParticipant.update({ where: { id: me.id }, data: { doneAt: me.doneAt ?? now } });
    const taggers = await tx.interviewParticipant.findMany({
      where: { interviewId: options.interviewId, role: { in: [...TAGGER_ROLES] } },
    });
    const isEveryoneDone = taggers.every((t) => t.doneAt != null || t.id === me.id);
    if (isEveryoneDone) {
      await tx.interview.updateMany({ where: { id: options.interviewId, revealedAt: null }, data: { revealedAt: now } });
    }
    return { isRevealed: isEveryoneDone };
  });
  publishInterviewChanged(options.interviewId);
  return result;
}
