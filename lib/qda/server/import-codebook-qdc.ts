import type { PrismaClient } from "../../db/open-database";
import { requireCodebookOwner } from "../../codebook/server/require-codebook-owner";
import { publishWorkspaceChanged } from "../../interviews/server/publish-workspace-changed";
import { UserError } from "../../workspaces/errors";
import { planCodebookImport } from "../plan-codebook-import";
import { QdaError } from "../qda-error";
import { readCodebook } from "../read-qda-file";
import { loadImportTarget } from "./load-import-target";

/**
 * Merges a .qdc (or a project's codebook) into the workspace's (owners only): codes matched by
 * name stay as they are, the rest are added, all in one transaction.
 */
export async function importCodebookQdc(options: { db: PrismaClient; userId: string; workspaceId: string; bytes: Uint8Array; fileName: string }) {
  const { db, userId, workspaceId } = options;
  await requireCodebookOwner({ db, userId, workspaceId });
  let read: ReturnType<typeof readCodebook>;
  try {
    read = readCodebook(options.bytes, { fileName: options.fileName });
  } catch (error) {
    if (error instanceof QdaError) throw new UserError(error.message, "invalid", "file");
    throw error;
  }
  const target = await loadImportTarget({ db, userId, workspaceId });
  const plan = planCodebookImport({ codes: read.codes, existing: target.codes, steps: target.steps });
  if (plan.added.length) {
    await db.$transaction(async (tx) => {
      const last = await tx.code.aggregate({ where: { workspaceId }, _max: { position: true } });
      await tx.code.createMany({ data: plan.added.map((c, i) => ({ ...c, workspaceId, hotkey: null, position: (last._max.position ?? -1) + 1 + i })) });
    });
    await publishWorkspaceChanged({ db, workspaceId });
  }
  return { matched: plan.matched, added: plan.added.map((c) => c.label), warnings: read.warnings };
}
