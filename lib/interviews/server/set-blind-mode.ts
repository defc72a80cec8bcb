import type { PrismaClient } from "../../db/open-database";
import { publishInterviewChanged } from "../access-events";
import { requireCapability } from "./require-capability";

/**
 * Blind tagging on or off; the interviewer or the workspace owner decides. Off
 * shows both layers live. Switching it back on starts a new blind round: the
 * reveal and everyone's "I'm done" are cleared, so each person's tags are
 * private again until both are done (or the owner reveals).
 */
export async function setBlindMode(options: { db: PrismaClient; userId: string; interviewId: string; blind: boolean }) {
  const { interview } = await requireCapability({ ...options, capability: "canSetBlindMode", refusal: "Only the interviewer or the workspace owner can change blind mode" });
  const isNewRound = options.blind && !interview.blind;
  await options.db.$transaction(async (tx) => {
    await tx.interview.update({ where: { id: interview.id }, data: { blind: options.blind, ...(isNewRound ? { revealedAt: null } : {}) } });
    if (isNewRound) await tx.interviewParticipant.updateMany({ where: { interviewId: interview.id }, data: { doneAt: null } });
  });
  publishInterviewChanged(interview.id);
}
