import type { PrismaClient } from "../../db/open-database";
import { decideInterviewState } from "../../interviews/decide-interview-state";
import { decideCapabilities } from "../../interviews/policy";
import { isTagger, PARTICIPANT_ROLES, type ParticipantRole } from "../../interviews/roles";
import { toCapabilityFacts } from "../../interviews/server/get-capabilities";
import { readInterviewActivity } from "../../interviews/server/read-interview-activity";

/**
 * Interviews in every workspace the user belongs to, newest first: state (live, in review,
 * revealed), people and their tag counts (where the viewer may see them), whether there is a
 * recording, and whether the policy lets the user delete each.
 */
export async function listInterviews(options: { db: PrismaClient; userId: string }) {
  const { db, userId } = options;
  const interviews = await db.interview.findMany({
    where: { workspace: { memberships: { some: { userId } } } },
    include: {
      workspace: { select: { name: true, memberships: { where: { userId }, select: { role: true } } } },
      participants: { select: { userId: true, role: true, doneAt: true, externalName: true }, orderBy: { createdAt: "asc" } },
      recording: { select: { id: true } },
    },
    orderBy: { createdAt: "desc" },
  });
  const userIds = [...new Set(interviews.flatMap((i) => i.participants.map((p) => p.userId)))];
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } });
  const nameOf = new Map(users.map((u) => [u.id, u.name]));
  return Promise.all(
    interviews.map(async (i) => {
      const facts = toCapabilityFacts({
        userId,
        workspaceRole: i.workspace.memberships[0]?.role ?? null,
        blind: i.blind,
        revealed: i.revealedAt != null,
        participants: i.participants,
      });
      const seated = i.participants.filter((p) => PARTICIPANT_ROLES.includes(p.role as ParticipantRole));
      const taggerIds = seated.filter((p) => isTagger(p.role as ParticipantRole)).map((p) => p.userId);
      const activity = await readInterviewActivity({ db, interviewId: i.id, facts, taggerIds });
      return {
        id: i.id,
        title: i.title,
        participant: i.participant,
        workspaceName: i.workspace.name,
        createdAt: i.createdAt,
        state: decideInterviewState({ clockStatus: activity.clockStatus, blind: i.blind, revealed: i.revealedAt != null }),
        hasRecording: i.recording != null,
        people: seated.map((p) => ({
          userId: p.userId,
          name: p.externalName ?? nameOf.get(p.userId) ?? "Former member",
          role: p.role as ParticipantRole,
          isMe: p.userId === userId,
          /** null: private to them until the reveal (or not a tagger). */
          tagCount: activity.tagCounts.get(p.userId) ?? null,
        })),
        canDelete: decideCapabilities(facts).canDeleteInterview,
      };
    }),
  );
}
