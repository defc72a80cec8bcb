import type { PrismaClient } from "../../db/open-database";

/** Interviews in every workspace the user belongs to, newest first. */
export async function listInterviews(options: { db: PrismaClient; userId: string }) {
  const interviews = await options.db.interview.findMany({
    where: { workspace: { memberships: { some: { userId: options.userId } } } },
    include: { workspace: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
  return interviews.map((i) => ({
    id: i.id,
    title: i.title,
    participant: i.participant,
    workspaceName: i.workspace.name,
    createdAt: i.createdAt,
  }));
}
