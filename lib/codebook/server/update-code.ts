import type { PrismaClient } from "../../db/open-database";
import { publishWorkspaceChanged } from "../../interviews/server/publish-workspace-changed";
import { UserError } from "../../workspaces/errors";
import { updateCodeSchema } from "../code-schemas";
import { assertHotkeyFree, explainHotkeyRace } from "./assert-hotkey-free";
import { requireCodebookOwner } from "./require-codebook-owner";

/** Renames, re-colours, re-keys or re-describes a code (owners only); its key stays, so tags keep pointing at it. */
export async function updateCode(options: { db: PrismaClient; userId: string; workspaceId: string; key: string; input: unknown }) {
  const input = updateCodeSchema.parse(options.input);
  const { db, workspaceId, key } = options;
  await requireCodebookOwner({ db, userId: options.userId, workspaceId });
  const code = await db.$transaction(async (tx) => {
    const code = await tx.code.findUnique({ where: { workspaceId_key: { workspaceId, key } } });
    if (!code) throw new UserError("No such code", "not-found");
    if (input.hotkey !== undefined && !code.archived) await assertHotkeyFree({ db: tx, workspaceId, hotkey: input.hotkey, exceptKey: key });
    return tx.code.update({ where: { id: code.id }, data: input });
  }).catch(explainHotkeyRace(input.hotkey));
  // Palettes and hotkeys in every open room of the workspace follow at once.
  await publishWorkspaceChanged({ db, workspaceId });
  return code;
}
