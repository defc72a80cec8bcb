import type { PrismaClient } from "../../db/open-database";
import { publishWorkspaceChanged } from "../../interviews/server/publish-workspace-changed";
import { UserError } from "../errors";
import { hashInviteToken } from "./invite-token";

/** Joins the invite's workspace as a member (idempotent for existing members). */
export async function acceptInvite(options: { db: PrismaClient; userId: string; token: string; now?: Date }) {
  const invite = await options.db.invite.findUnique({
    where: { tokenHash: hashInviteToken(options.token) },
    include: { workspace: { select: { name: true } } },
  });
  if (!invite) throw new UserError("This invite link is not valid", "not-found");
  if (invite.expiresAt < (options.now ?? new Date())) throw new UserError("This invite link has expired", "expired");
  await options.db.membership.upsert({
    where: { userId_workspaceId: { userId: options.userId, workspaceId: invite.workspaceId } },
    create: { userId: options.userId, workspaceId: invite.workspaceId, role: "member" },
    update: {},
  });
  // Open rooms of the workspace list the newcomer under "Manage roles" at once.
  await publishWorkspaceChanged({ db: options.db, workspaceId: invite.workspaceId });
  return { workspaceId: invite.workspaceId, workspaceName: invite.workspace.name };
}
