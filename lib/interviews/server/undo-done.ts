import type { PrismaClient } from "../../db/open-database";
import { publishInterviewChanged } from "../access-events";
import { requireCapability } from "./require-capability";

/** Takes back "I'm done" while the tags are still private (after the reveal there is nothing to take back). */
export async function undoDone(options: { db: PrismaClient; userId: string; interviewId: string }) {
  await requireCapability({ ...options, capability: "canUndoDone", refusal: "Your tagging is not marked done, or the tags are already revealed" });
  // Only while not revealed: a reveal committed since the check above stays a reveal.
  await options.db.interviewParticipant.updateMany({
    where: { interviewId: options.interviewId, userId: options.userId, interview: { revealedAt: null } },
    data: { doneAt: null },
  });
  publishInterviewChanged(options.interviewId);
}
