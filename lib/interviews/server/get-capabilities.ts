import type { PrismaClient } from "../../db/open-database";
import { decideCapabilities, type CapabilityFacts } from "../policy";
import { PARTICIPANT_ROLES, type ParticipantRole } from "../roles";

/** The policy's facts about `userId` on one interview, read now; null when there is no such interview. */
export async function getCapabilities(options: { db: PrismaClient; userId: string; interviewId: string }) {
  const interview = await options.db.interview.findUnique({
    where: { id: options.interviewId },
    include: {
      participants: { select: { userId: true, role: true, doneAt: true } },
      workspace: { select: { memberships: { where: { userId: options.userId }, select: { role: true } } } },
    },
  });
  if (!interview) return null;
  const facts = toCapabilityFacts({
    userId: options.userId,
    workspaceRole: interview.workspace.memberships[0]?.role ?? null,
    blind: interview.blind,
    revealed: interview.revealedAt != null,
    participants: interview.participants,
  });
  return { interview, facts, capabilities: decideCapabilities(facts) };
}

/** Database rows to the policy's facts; unknown stored values count as nothing. */
export function toCapabilityFacts(options: {
  userId: string;
  workspaceRole: string | null;
  blind: boolean;
  revealed: boolean;
  participants: { userId: string; role: string; doneAt: Date | null }[];
}): CapabilityFacts {
  const seatOf = (role: string) => (PARTICIPANT_ROLES.includes(role as ParticipantRole) ? (role as ParticipantRole) : null);
  const me = options.participants.find((p) => p.userId === options.userId);
  const isTaken = (role: ParticipantRole) => options.participants.some((p) => p.role === role);
  return {
    userId: options.userId,
    workspaceRole: options.workspaceRole === "owner" || options.workspaceRole === "member" ? options.workspaceRole : null,
    seat: me ? seatOf(me.role) : null,
    blind: options.blind,
    revealed: options.revealed,
    isDone: me?.doneAt != null,
    takenSeats: { interviewer: isTaken("interviewer"), buddy: isTaken("buddy") },
  };
}
