import type { PrismaClient } from "../../db/open-database";
import { MAX_STEP } from "../code-schemas";
import { listWorkspaceCodes } from "./list-workspace-codes";

/** The codebook page's data for a member: every code (archived too) and whether they may edit; null for outsiders. */
export async function getCodebook(options: { db: PrismaClient; userId: string; workspaceId: string }) {
  const membership = await options.db.membership.findUnique({
    where: { userId_workspaceId: { userId: options.userId, workspaceId: options.workspaceId } },
    include: { workspace: { select: { id: true, name: true, talkShareLimit: true } } },
  });
  if (!membership) return null;
  const codes = await listWorkspaceCodes({ db: options.db, workspaceId: options.workspaceId });
  return {
    workspace: membership.workspace,
    canEdit: membership.role === "owner",
    codes,
    /** Steps a new code may go in: the four practices plus any other step already in use. */
    steps: [...new Set([...Array.from({ length: MAX_STEP }, (_, i) => i + 1), ...codes.map((c) => c.step)])].sort((a, b) => a - b),
  };
}
export type CodebookView = NonNullable<Awaited<ReturnType<typeof getCodebook>>>;
