import { getStepColor } from "../../codebook/step-colors";
import { getStepTitle } from "../../codebook/step-title";
import { listWorkspaceCodes } from "../../codebook/server/list-workspace-codes";
import type { PrismaClient } from "../../db/open-database";
import { UserError } from "../../workspaces/errors";

/** What an import maps onto: the workspace's codes, steps and members (with emails, for matching coders); members only. */
export async function loadImportTarget(options: { db: PrismaClient; userId: string; workspaceId: string }) {
  const { db, userId, workspaceId } = options;
  const membership = await db.membership.findUnique({ where: { userId_workspaceId: { userId, workspaceId } } });
  if (!membership) throw new UserError("No such workspace", "not-found");
  const codes = await listWorkspaceCodes({ db, workspaceId });
  const memberships = await db.membership.findMany({ where: { workspaceId }, include: { user: { select: { id: true, name: true, email: true } } } });
  const stepIds = [...new Set([1, 2, 3, 4, ...codes.map((c) => c.step)])].sort((a, b) => a - b);
  return {
    isOwner: membership.role === "owner",
    codes,
    members: memberships.map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email })),
    steps: stepIds.map((id) => ({ id, title: getStepTitle(id), color: getStepColor(id) })),
  };
}
