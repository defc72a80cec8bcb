import type { PrismaClient } from "../../db/open-database";
import { publishWorkspaceChanged } from "../../interviews/server/publish-workspace-changed";
import { UserError } from "../../workspaces/errors";
import { assertHotkeyFree, explainHotkeyRace } from "./assert-hotkey-free";
import { requireCodebookOwner } from "./require-codebook-owner";

/**
 * Archives a code (the palette hides it; existing tags keep it and its label)
 * or brings it back, provided its hotkey has not been given to another code meanwhile.
 */
export async function setCodeArchived(options: { db: PrismaClient; userId: string; workspaceId: string; key: string; archived: boolean }) {
  const { db, workspaceId, key, archived } = options;
  await requireCodebookOwner({ db, userId: options.userId, workspaceId });
  let hotkey: string | null = null;
  const code = await db.$transaction(async (tx) => {
    const code = await tx.code.findUnique({ where: { workspaceId_key: { workspaceId, key } } });
    if (!code) throw new UserError("No such code", "not-found");
    hotkey = code.hotkey;
    if (!archived && code.archived) {
      try {
        await assertHotkeyFree({ db: tx, workspaceId, hotkey: code.hotkey, exceptKey: key });
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        throw new UserError(`${error.message}; give one of them another hotkey before unarchiving`, "conflict", "hotkey");
      }
    }
    return tx.code.update({ where: { id: code.id }, data: { archived } });
  }).catch((error: unknown) => explainHotkeyRace(hotkey)(error));
  // Palettes and hotkeys in every open room of the workspace follow at once.
  await publishWorkspaceChanged({ db, workspaceId });
  return code;
}
