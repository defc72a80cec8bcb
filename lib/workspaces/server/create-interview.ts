import type { PrismaClient } from "../../db/open-database";
import { UserError } from "../errors";
import { createInterviewSchema } from "../schemas";

export async function createInterview(options: { db: PrismaClient; userId: string; input: unknown }) {
  const input = createInterviewSchema.parse(options.input);
  const membership = await options.db.membership.findUnique({
    where: { userId_workspaceId: { userId: options.userId, workspaceId: input.workspaceId } },
  });
  if (!membership) throw new UserError("You are not a member of that workspace", "forbidden");
  // The creator interviews (default) or is the buddy; roles can be reassigned in the room.
  return options.db.interview.create({
    data: {
      workspaceId: input.workspaceId,
      title: input.title,
      participant: input.participant,
      createdById: options.userId,
      participants: { create: { userId: options.userId, role: input.myRole } },
    },
  });
}
