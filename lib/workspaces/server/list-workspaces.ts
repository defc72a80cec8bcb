import type { PrismaClient } from "../../db/open-database";

export async function listWorkspaces(options: { db: PrismaClient; userId: string }) {
  const memberships = await options.db.membership.findMany({
    where: { userId: options.userId },
    include: { workspace: { include: { _count: { select: { memberships: true } } } } },
    orderBy: { createdAt: "asc" },
  });
  return memberships.map((m) => ({
    id: m.workspace.id,
    name: m.workspace.name,
    role: m.role,
    memberCount: m.workspace._count.memberships,
  }));
}
