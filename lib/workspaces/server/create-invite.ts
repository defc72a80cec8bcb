import type { PrismaClient } from "../../db/open-database";
import { UserError } from "../errors";
import { generateInviteToken, hashInviteToken, INVITE_TTL_DAYS } from "./invite-token";

/** A link secret that lets a colleague join the workspace; only owners may invite. */
export async function createInvite(options: { db: PrismaClient; userId: string; workspaceId: string; now?: Date }) {
  const membership = await options.db.membership.findUnique({
    where: { userId_workspaceId: { userId: options.userId, workspaceId: options.workspaceId } },
  });
  if (membership?.role !== "owner") throw new UserError("Only the workspace owner can invite people", "forbidden");
  const token = generateInviteToken();
  const now = options.now ?? new Date();
  const expiresAt = new Date(now.getTime() + INVITE_TTL_DAYS * 24 * 3600 * 1000);
  await options.db.invite.create({
    data: { tokenHash: hashInviteToken(token), workspaceId: options.workspaceId, createdById: options.userId, expiresAt },
  });
  return { token, expiresAt };
}
