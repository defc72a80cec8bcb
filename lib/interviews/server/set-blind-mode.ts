import type { PrismaClient } from "../../db/open-database";
import { UserError } from "../../workspaces/errors";

/** Blind tagging on or off; the interviewer or the workspace owner decides. Off shows both layers live. */
export async function setBlindMode(options: { db: PrismaClient; userId: string; interviewId: string; blind: boolean }) {
  const interview = await options.db.interview.findUnique({
    where: { id: options.interviewId },
    include: {
      participants: { where: { userId: options.userId } },
      workspace: { include: { memberships: { where: { userId: options.userId } } } },
    },
  });
  const membership = interview?.workspace.memberships[0];
  if (!interview || !membership) throw new UserError("No such interview", "not-found");
  const isAllowed = membership.role === "owner" || interview.participants[0]?.role === "interviewer";
  if (!isAllowed) throw new UserError("Only the interviewer or the workspace owner can change blind mode", "forbidden");
  await options.db.interview.update({ where: { id: options.interviewId }, data: { blind: options.blind } });
}
