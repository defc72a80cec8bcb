import { listWorkspaceCodes } from "../../codebook/server/list-workspace-codes";
import type { PrismaClient } from "../../db/open-database";
import { listWorkspaceMembers } from "../../workspaces/server/list-workspace-members";
import { decideCapabilities, LIMITS } from "../policy";
import type { ParticipantRole } from "../roles";
import { toCapabilityFacts } from "./get-capabilities";

/** Everything the room needs to know about an interview for one member; null for non-members. */
export async function getRoomContext(options: { db: PrismaClient; userId: string; interviewId: string }) {
  const interview = await options.db.interview.findUnique({
    where: { id: options.interviewId },
    include: {
      workspace: { select: { name: true, talkShareLimit: true, memberships: { where: { userId: options.userId }, select: { role: true } } } },
      participants: { orderBy: { createdAt: "asc" } },
    },
  });
  const membership = interview?.workspace.memberships[0];
  if (!interview || !membership) return null;
  const users = await options.db.user.findMany({
    where: { id: { in: interview.participants.map((p) => p.userId) } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(users.map((u) => [u.id, u.name]));
  const participants = interview.participants.map((p) => ({
    userId: p.userId,
    name: p.externalName ?? nameOf.get(p.userId) ?? "Former member",
    /** A coder who came in with an imported REFI-QDA project and has no account here. */
    isExternal: p.externalName != null,
    role: p.role as ParticipantRole,
    isDone: p.doneAt != null,
  }));
  const capabilities = decideCapabilities(
    toCapabilityFacts({
      userId: options.userId,
      workspaceRole: membership.role,
      blind: interview.blind,
      revealed: interview.revealedAt != null,
      participants: interview.participants,
    }),
  );
  return {
    interview: {
      id: interview.id,
      title: interview.title,
      participant: interview.participant,
      workspaceId: interview.workspaceId,
      workspaceName: interview.workspace.name,
      blind: interview.blind,
      isRevealed: interview.revealedAt != null,
      reactionLagMs: interview.reactionLagMs,
      callOffsetMs: interview.callOffsetMs,
      createdAt: interview.createdAt.toISOString(),
    },
    workspaceRole: membership.role as "owner" | "member",
    /** Above this share of the last 5 minutes' talk (0–1), the buddy is offered "Speak less". */
    talkShareLimit: interview.workspace.talkShareLimit / 100,
    myRole: participants.find((p) => p.userId === options.userId)?.role ?? null,
    participants,
    /** What this person may do here, decided by the server (lib/interviews/policy.ts); the room only reads it. */
    capabilities,
    limits: LIMITS,
    codes: await listWorkspaceCodes({ db: options.db, workspaceId: interview.workspaceId }),
    /** Who roles can be given to ("Manage roles"). */
    members: await listWorkspaceMembers({ db: options.db, workspaceId: interview.workspaceId }),
  };
}
export type RoomContext = NonNullable<Awaited<ReturnType<typeof getRoomContext>>>;
