import type { PrismaClient } from "../../db/open-database";
import { publishInterviewChanged } from "../access-events";

/** A change that touches every interview of a workspace (its codebook, its members): each one's rooms hear of it. */
export async function publishWorkspaceChanged(options: { db: PrismaClient; workspaceId: string }): Promise<void> {
  const interviews = await options.db.interview.findMany({ where: { workspaceId: options.workspaceId }, select: { id: true } });
  for (const { id } of interviews) publishInterviewChanged(id);
}
