import type { PrismaClient } from "../../db/open-database";
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
  return options.db.workspace.update({ where: { id: workspaceId }, data: { name }, select: { id: true, name: true } });
}
