import type { PrismaClient } from "../../db/open-database";

export interface WorkspaceMember {
  userId: string;
  name: string;
  workspaceRole: "owner" | "member";
}

/** Everyone in the workspace, by name: the people an interview's roles can be given to. */
export async function listWorkspaceMembers(options: { db: PrismaClient; workspaceId: string }): Promise<WorkspaceMember[]> {
  const memberships = await options.db.membership.findMany({
    where: { workspaceId: options.workspaceId },
    include: { user: { select: { id: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return memberships.map((m) => ({
    userId: m.user.id,
    name: m.user.name,
    workspaceRole: m.role === "owner" ? "owner" : "member",
  }));
}
