import type { PrismaClient } from "../../db/open-database";
import { hashInviteToken } from "./invite-token";

/** What an invite link leads to, for the page shown before accepting. */
export async function describeInvite(options: { db: PrismaClient; token: string; now?: Date }) {
  const invite = await options.db.invite.findUnique({
    where: { tokenHash: hashInviteToken(options.token) },
    include: { workspace: { select: { name: true } } },
  });
  if (!invite) return { status: "invalid" as const };
  if (invite.expiresAt < (options.now ?? new Date())) return { status: "expired" as const };
  return { status: "valid" as const, workspaceName: invite.workspace.name };
}
