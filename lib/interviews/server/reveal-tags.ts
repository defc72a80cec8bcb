import type { PrismaClient } from "../../db/open-database";
import { UserError } from "../../workspaces/errors";

/** The workspace owner reveals everyone's tags without waiting for "I'm done". */
export async function revealTags(options: { db: PrismaClient; userId: string; interviewId: string; now?: Date }) {
  const interview = await options.db.interview.findUnique({
    where: { id: options.interviewId },
    include: { workspace: { include: { memberships: { where: { userId: options.userId } } } } },
  });
  if (!interview || interview.workspace.memberships.length === 0) throw new UserError("No such interview", "not-found");
  if (interview.workspace.memberships[0].role !== "owner") {
    throw new UserError("Only the workspace owner can reveal tags early", "forbidden");
  }
  await options.db.interview.update({
    where: { id: options.interviewId },
    data: { revealedAt: interview.revealedAt ?? options.now ?? new Date() },
  });
}
