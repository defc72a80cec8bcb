import type { PrismaClient } from "../../db/open-database";
import { publishWorkspaceChanged } from "../../interviews/server/publish-workspace-changed";
import { UserError } from "../errors";
import { renameWorkspaceSchema } from "../schemas";

/** Renames a workspace; only its owners may. Outsiders are told there is no such workspace. */
export async function renameWorkspace(options: { db: PrismaClient; userId: string; input: unknown }) {
  const { workspaceId, name } = renameWorkspaceSchema.parse(options.input);
  const membership = await options.db.membership.findUnique({
    where: { userId_workspaceId: { userId: options.userId, workspaceId } },
    select: { role: true },
  });
  if (!membership) throw new UserError("No such workspace", "not-found");
  if (membership.role !== "owner") throw new UserError("Only the workspace owner can rename it", "forbidden", "name");
  const renamed = await options.db.workspace.update({ where: { id: workspaceId }, data: { name }, select: { id: true, name: true } });
  // Open rooms of its interviews show the workspace's name: they fetch their context again.
  await publishWorkspaceChanged({ db: options.db, workspaceId });
  return renamed;
}
