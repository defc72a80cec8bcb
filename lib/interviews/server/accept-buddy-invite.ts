import type { PrismaClient } from "../../db/open-database";
import { UserError } from "../../workspaces/errors";
import { hashInviteToken } from "../../workspaces/server/invite-token";
import { setParticipantRole } from "./set-participant-role";

/** Uses a buddy link once: joins the workspace and becomes the interview's buddy. */
export async function acceptBuddyInvite(options: { db: PrismaClient; userId: string; token: string; now?: Date }) {
  const now = options.now ?? new Date();
  const invite = await options.db.buddyInvite.findUnique({
    where: { tokenHash: hashInviteToken(options.token) },
    include: { interview: { select: { workspaceId: true } } },
  });
  if (!invite) throw new UserError("This buddy link is not valid", "not-found");
  if (invite.expiresAt < now) throw new UserError("This buddy link has expired", "expired");
  if (invite.usedAt && invite.usedById !== options.userId) throw new UserError("This buddy link has already been used", "conflict");
  // Claim it atomically: of two people opening the link at once, one wins.
  const claimed = await options.db.buddyInvite.updateMany({
    where: { id: invite.id, OR: [{ usedAt: null }, { usedById: options.userId }] },
    data: { usedAt: invite.usedAt ?? now, usedById: options.userId },
  });
  if (claimed.count === 0) throw new UserError("This buddy link has already been used", "conflict");
  await options.db.membership.upsert({
    where: { userId_workspaceId: { userId: options.userId, workspaceId: invite.interview.workspaceId } },
    create: { userId: options.userId, workspaceId: invite.interview.workspaceId, role: "member" },
    update: {},
  });
  await setParticipantRole({
    db: options.db,
    actorId: invite.createdById,
    interviewId: invite.interviewId,
    userId: options.userId,
    role: "buddy",
  });
  return { interviewId: invite.interviewId };
}
