import { z } from "zod";
import type { PrismaClient } from "../../db/open-database";
import { publishWorkspaceChanged } from "../../interviews/server/publish-workspace-changed";
import { UserError } from "../errors";

const idSchema = z.string().regex(/^[a-z0-9]{8,40}$/, "Unknown person or workspace");

/**
 * Removes `userId` from a workspace: the owner removes anyone, a member may
 * leave; the last owner stays. Their seats and tags stay (the report still
 * shows what they tagged), but access follows membership, so every socket
 * they have open on the workspace's interviews closes at once.
 */
export async function removeMember(options: { db: PrismaClient; actorId: string; workspaceId: string; userId: string }) {
  const workspaceId = idSchema.parse(options.workspaceId);
  const userId = idSchema.parse(options.userId);
  const { db, actorId } = options;
  await db.$transaction(async (tx) => {
    // One membership change per workspace at a time: two owners leaving at once
    // would otherwise each see the other still there and leave it with none.
    await tx.$queryRaw`SELECT "id" FROM "Workspace" WHERE "id" = ${workspaceId} FOR UPDATE`;
    const memberships = await tx.membership.findMany({ where: { workspaceId } });
    const actor = memberships.find((m) => m.userId === actorId);
    const target = memberships.find((m) => m.userId === userId);
    if (!actor) throw new UserError("No such workspace", "not-found");
    if (actorId !== userId && actor.role !== "owner") throw new UserError("Only the workspace owner can remove members", "forbidden");
    if (!target) throw new UserError("That person is not a member of this workspace", "not-found");
    const owners = memberships.filter((m) => m.role === "owner");
    if (target.role === "owner" && owners.length === 1) {
      throw new UserError("You are this workspace's only owner, so you cannot leave it", "conflict");
    }
    await tx.membership.delete({ where: { id: target.id } });
  });
  await publishWorkspaceChanged({ db, workspaceId });
}
