import type { PrismaClient } from "../../db/open-database";

/**
 * The interview and the asking user's workspace role, or null when the
 * interview does not exist or the user is not a member of its workspace.
 * Shared by pages, the token route and the sync server (so no "server-only").
 */
export async function getInterviewAccess(options: { db: PrismaClient; userId: string; interviewId: string }) {
  const interview = await options.db.interview.findUnique({
    where: { id: options.interviewId },
    include: {
      workspace: { select: { name: true, memberships: { where: { userId: options.userId }, select: { role: true } } } },
    },
  });
  const membership = interview?.workspace.memberships[0];
  if (!interview || !membership) return null;
  return {
    interview: {
      id: interview.id,
      title: interview.title,
      participant: interview.participant,
      workspaceId: interview.workspaceId,
      workspaceName: interview.workspace.name,
    },
    role: membership.role,
  };
}
