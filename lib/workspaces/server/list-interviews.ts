import type { PrismaClient } from "../../db/open-database";
import { decideCapabilities } from "../../interviews/policy";
import { toCapabilityFacts } from "../../interviews/server/get-capabilities";

/** Interviews in every workspace the user belongs to, newest first, with whether the policy lets them delete each. */
export async function listInterviews(options: { db: PrismaClient; userId: string }) {
  const interviews = await options.db.interview.findMany({
    where: { workspace: { memberships: { some: { userId: options.userId } } } },
    include: {
      workspace: { select: { name: true, memberships: { where: { userId: options.userId }, select: { role: true } } } },
      participants: { select: { userId: true, role: true, doneAt: true } },
    },
    orderBy: { createdAt: "desc" },
  });
  return interviews.map((i) => {
    const facts = toCapabilityFacts({
      userId: options.userId,
      workspaceRole: i.workspace.memberships[0]?.role ?? null,
      blind: i.blind,
      revealed: i.revealedAt != null,
      participants: i.participants,
    });
    return {
      id: i.id,
      title: i.title,
      participant: i.participant,
      workspaceName: i.workspace.name,
      createdAt: i.createdAt,
      canDelete: decideCapabilities(facts).canDeleteInterview,
    };
  });
}
