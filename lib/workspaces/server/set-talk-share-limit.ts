import { z } from "zod";
import type { PrismaClient } from "../../db/open-database";
import { publishInterviewChanged } from "../../interviews/access-events";
import { UserError } from "../errors";

const inputSchema = z.object({
  percent: z.coerce.number({ message: "Enter a percentage" }).int("Enter a whole percentage").min(10, "Use 10% or more").max(90, "Use 90% or less"),
});

/** The workspace's "Speak less" threshold (owners only); open rooms pick it up at once. */
export async function setTalkShareLimit(options: { db: PrismaClient; userId: string; workspaceId: string; input: unknown }): Promise<number> {
  const { percent } = inputSchema.parse(options.input);
  const membership = await options.db.membership.findFirst({ where: { userId: options.userId, workspaceId: options.workspaceId } });
  if (!membership) throw new UserError("No such workspace", "not-found");
  if (membership.role !== "owner") throw new UserError("Only the workspace's owners change its settings", "forbidden");
  await options.db.workspace.update({ where: { id: options.workspaceId }, data: { talkShareLimit: percent } });
  const interviews = await options.db.interview.findMany({ where: { workspaceId: options.workspaceId }, select: { id: true } });
  for (const interview of interviews) publishInterviewChanged(interview.id);
  return percent;
}
