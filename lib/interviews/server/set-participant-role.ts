import type { PrismaClient } from "../../db/open-database";
import { UserError } from "../../workspaces/errors";
import { publishInterviewChanged } from "../access-events";
import { decideSeatChange } from "../policy";
import { PARTICIPANT_ROLES, type ParticipantRole } from "../roles";
import { toCapabilityFacts } from "./get-capabilities";

/**
 * Gives `userId` a role in the interview (null removes it). The workspace
 * owner and the interviewer may set anyone's role; anyone may take a vacant
 * interviewer or buddy seat, or step back to observer, for themselves.
 */
export async function setParticipantRole(options: {
  db: PrismaClient;
  actorId: string;
  interviewId: string;
  userId: string;
  role: ParticipantRole | null;
}): Promise<void> {
  const { db, actorId, interviewId, userId, role } = options;
  if (role !== null && !PARTICIPANT_ROLES.includes(role)) throw new UserError("Unknown role", "invalid");
  const interview = await db.interview.findUnique({
    where: { id: interviewId },
    include: { participants: true, workspace: { include: { memberships: true } } },
  });
  const memberRole = (id: string) => interview?.workspace.memberships.find((m) => m.userId === id)?.role ?? null;
  if (!interview || !memberRole(actorId)) throw new UserError("No such interview", "not-found");
  if (!memberRole(userId)) throw new UserError("That person is not a member of this workspace", "invalid");
  const facts = toCapabilityFacts({
    userId: actorId,
    workspaceRole: memberRole(actorId),
    blind: interview.blind,
    revealed: interview.revealedAt != null,
    participants: interview.participants,
  });
  const holder = role === null ? undefined : interview.participants.find((p) => p.role === role && p.userId !== userId);
  const decision = decideSeatChange(facts, { isSelf: actorId === userId, role, isTakenByOther: holder != null });
  if (decision === "forbidden") throw new UserError("Only the interviewer or the workspace owner can assign roles", "forbidden");
  if (decision === "conflict") throw new UserError(`This interview already has a ${role}`, "conflict");
  await db.$transaction(async (tx) => {
    if (holder && (role === "interviewer" || role === "buddy")) {
      await tx.interviewParticipant.update({ where: { id: holder.id }, data: { role: "observer" } });
    }
    if (role === null) await tx.interviewParticipant.deleteMany({ where: { interviewId, userId } });
    else {
      await tx.interviewParticipant.upsert({
        where: { interviewId_userId: { interviewId, userId } },
        create: { interviewId, userId, role },
        update: { role },
      });
    }
  });
  publishInterviewChanged(interviewId);
}
