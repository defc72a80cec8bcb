import type { PrismaClient } from "../../db/open-database";
import { DEFAULT_CODEBOOK } from "../default-codebook";
import { getStepColor } from "../step-colors";

/** Seeds a workspace's codebook with the defaults the first time it is needed. */
export async function ensureCodebook(options: { db: PrismaClient; workspaceId: string }): Promise<void> {
  if ((await options.db.code.count({ where: { workspaceId: options.workspaceId } })) > 0) return;
  const codes = DEFAULT_CODEBOOK.steps.flatMap((step) => step.codes);
  await options.db.code.createMany({
    data: codes.map((code, position) => ({
      workspaceId: options.workspaceId,
      key: code.key,
      label: code.label,
      step: code.step,
      polarity: code.polarity,
      color: getStepColor(code.step),
      hotkey: code.hotkey,
      description: code.description,
      position,
    })),
    skipDuplicates: true,
  });
}
