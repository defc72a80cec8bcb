import type { PrismaClient } from "../../db/open-database";
import { publishWorkspaceChanged } from "../../interviews/server/publish-workspace-changed";
import { UserError } from "../../workspaces/errors";
import { createCodeSchema, MAX_STEP } from "../code-schemas";
import { assertHotkeyFree, explainHotkeyRace } from "./assert-hotkey-free";
import { ensureCodebook } from "./ensure-codebook";
import { requireCodebookOwner } from "./require-codebook-owner";

/** Adds a code to the workspace's codebook (owners only), at the end of its step. */
export async function createCode(options: { db: PrismaClient; userId: string; workspaceId: string; input: unknown }) {
  const input = createCodeSchema.parse(options.input);
  const { db, workspaceId } = options;
  await requireCodebookOwner({ db, userId: options.userId, workspaceId });
  await ensureCodebook({ db, workspaceId });
  const code = await db.$transaction(async (tx) => {
    if (input.step > MAX_STEP && !(await tx.code.findFirst({ where: { workspaceId, step: input.step } }))) {
      throw new UserError(`Choose a step from 1 to ${MAX_STEP}`, "invalid", "step");
    }
    if (await tx.code.findUnique({ where: { workspaceId_key: { workspaceId, key: input.key } } })) {
      throw new UserError(`A code with the key “${input.key}” already exists (archived codes keep their keys)`, "conflict", "key");
    }
    await assertHotkeyFree({ db: tx, workspaceId, hotkey: input.hotkey });
    const last = await tx.code.aggregate({ where: { workspaceId }, _max: { position: true } });
    return tx.code.create({ data: { ...input, workspaceId, position: (last._max.position ?? -1) + 1 } });
  }).catch(explainHotkeyRace(input.hotkey));
  // Palettes and hotkeys in every open room of the workspace follow at once.
  await publishWorkspaceChanged({ db, workspaceId });
  return code;
}
