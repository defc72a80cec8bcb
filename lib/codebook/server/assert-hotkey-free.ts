import type { Prisma } from "../../db/generated/client";
import { isUniqueViolation } from "../../db/is-unique-violation";
import type { PrismaClient } from "../../db/open-database";
import { UserError } from "../../workspaces/errors";

/** Throws when another active code of the workspace already answers to `hotkey`. */
export async function assertHotkeyFree(options: { db: PrismaClient | Prisma.TransactionClient; workspaceId: string; hotkey: string | null; exceptKey?: string }) {
  if (options.hotkey == null) return;
  const holder = await options.db.code.findFirst({
    where: {
      workspaceId: options.workspaceId,
      hotkey: options.hotkey,
      archived: false,
      ...(options.exceptKey ? { key: { not: options.exceptKey } } : {}),
    },
  });
  if (holder) throw new UserError(`Hotkey “${options.hotkey}” is already used by “${holder.label}”`, "conflict", "hotkey");
}

/**
 * The database's own refusal (a unique index on active hotkeys) when another
 * owner took the hotkey between the check above and the write, told the way
 * the check tells it.
 */
export function explainHotkeyRace(hotkey: string | null | undefined) {
  return (error: unknown): never => {
    if (hotkey && isUniqueViolation(error)) {
      throw new UserError(`Hotkey “${hotkey}” was just given to another code`, "conflict", "hotkey");
    }
    throw error;
  };
}
