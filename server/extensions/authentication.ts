import type { PrismaClient } from "../../lib/db/open-database";
import { authenticateUpgrade } from "../authenticate";
import type { SyncExtension } from "./types";

/** A valid token for exactly this document, held by someone who may open it now (server/authenticate.ts). */
export function authentication(options: { db: PrismaClient; secret: string }): SyncExtension {
  return {
    name: "authentication",
    async onUpgrade(upgrade) {
      const result = await authenticateUpgrade({ request: upgrade.request, db: options.db, secret: options.secret });
      if (!result.ok) return result.refusal;
      upgrade.principal = result.principal;
    },
  };
}
