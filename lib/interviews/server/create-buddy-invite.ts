import type { PrismaClient } from "../../db/open-database";
import { generateInviteToken, hashInviteToken } from "../../workspaces/server/invite-token";
import { requireCapability } from "./require-capability";

export const BUDDY_INVITE_TTL_HOURS = 48;

/** A single-use link that makes its first taker the buddy of this interview (and a workspace member). */
export async function createBuddyInvite(options: { db: PrismaClient; userId: string; interviewId: string; now?: Date }) {
  const { interview } = await requireCapability({
    ...options,
    capability: "canSeatOthers",
    refusal: "Only the interviewer or the workspace owner can invite a buddy",
  });
  const token = generateInviteToken();
  const expiresAt = new Date((options.now ?? new Date()).getTime() + BUDDY_INVITE_TTL_HOURS * 3600 * 1000);
  await options.db.buddyInvite.create({
    data: { tokenHash: hashInviteToken(token), interviewId: interview.id, createdById: options.userId, expiresAt },
  });
  return { token, expiresAt };
}
