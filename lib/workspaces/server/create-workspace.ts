import type { PrismaClient } from "../../db/open-database";
import { createWorkspaceSchema } from "../schemas";

/** A new workspace owned by its creator (its codebook starts as the defaults, as a sign-up's does). */
export async function createWorkspace(options: { db: PrismaClient; userId: string; input: unknown }) {
  const { name } = createWorkspaceSchema.parse(options.input);
  return options.db.workspace.create({
    data: { name, memberships: { create: { userId: options.userId, role: "owner" } } },
    select: { id: true, name: true },
  });
}
