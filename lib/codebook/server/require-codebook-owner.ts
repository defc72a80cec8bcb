import type { Prisma } from "../../db/generated/client";
import type { PrismaClient } from "../../db/open-database";
import { UserError } from "../../workspaces/errors";

/** Throws unless `userId` owns the workspace: only owners change its codebook. */
export async function requireCodebookOwner(options: { db: PrismaClient | Prisma.TransactionClient; userId: string; workspaceId: string }) {
  const membership = await options.db.membership.findUnique({
    where: { userId_workspaceId: { userId: options.userId, workspaceId: options.workspaceId } },
  });
  if (!membership) throw new UserError("No such workspace", "not-found");
  if (membership.role !== "owner") throw new UserError("Only the workspace owner can change the codebook", "forbidden");
}
