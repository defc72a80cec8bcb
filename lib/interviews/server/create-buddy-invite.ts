import type { PrismaClient } from "../../db/open-database";
import { UserError } from "../../workspaces/errors";
import { generateInviteToken, hashInviteToken } from "../../workspaces/server/invite-token";

export const BUDDY_INVITE_TTL_HOURS = 48;

/** A single-use link that makes its first taker the buddy of this interview (and a workspace member). */
export async function createBuddyInvite(options: { db: PrismaClient; userId: string; interviewId: string; now?: Date }) {
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
    throw new UserError("Only the interviewer or the workspace owner can invite a buddy", "forbidden");
  }
  const token = generateInviteToken();
  const expiresAt = new Date((options.now ?? new Date()).getTime() + BUDDY_INVITE_TTL_HOURS * 3600 * 1000);
  await options.db.buddyInvite.create({
    data: { tokenHash: hashInviteToken(token), interviewId: interview.id, createdById: options.userId, expiresAt },
  });
  return { token, expiresAt };
}
