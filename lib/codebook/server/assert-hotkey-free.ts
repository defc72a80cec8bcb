import type { Prisma } from "../../db/generated/client";
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
