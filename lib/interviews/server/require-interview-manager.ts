import type { PrismaClient } from "../../db/open-database";
import { UserError } from "../../workspaces/errors";

/**
 * The interview, when `userId` may manage it: the workspace owner or the
 * interviewer. Throws not-found for outsiders (ids are not confirmed to them)
 * and forbidden, with `refusal` as the message, for other members.
 */
export async function requireInterviewManager(options: {
  db: PrismaClient;
  userId: string;
  interviewId: string;
  refusal: string;
  ownerOnly?: boolean;
}) {
  const interview = await options.db.interview.findUnique({
    where: { id: options.interviewId },
    include: {
      participants: { where: { userId: options.userId } },
      workspace: { include: { memberships: { where: { userId: options.userId } } } },
    },
  });
  const membership = interview?.workspace.memberships[0];
  if (!interview || !membership) throw new UserError("No such interview", "not-found");
  const isOwner = membership.role === "owner";
  const isInterviewer = interview.participants[0]?.role === "interviewer";
  if (!isOwner && (options.ownerOnly || !isInterviewer)) throw new UserError(options.refusal, "forbidden");
  return interview;
}
