import type { PrismaClient } from "../../db/open-database";
import { publishInterviewChanged } from "../../interviews/access-events";
import { requireCapability } from "../../interviews/server/require-capability";
import { renameInterviewSchema } from "../schemas";

/** Renames an interview; its managers (the workspace owner, its interviewer) may. */
export async function renameInterview(options: { db: PrismaClient; userId: string; input: unknown }) {
  const { interviewId, title } = renameInterviewSchema.parse(options.input);
  await requireCapability({
    db: options.db,
    userId: options.userId,
    interviewId,
    capability: "isManager",
    refusal: "Only the workspace owner or the interviewer can rename this interview",
  });
  const renamed = await options.db.interview.update({ where: { id: interviewId }, data: { title }, select: { id: true, title: true } });
  // Everyone in its room sees the new title.
  publishInterviewChanged(interviewId);
  return renamed;
}
