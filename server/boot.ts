import { getAuthSecret } from "../lib/auth/auth-secret";
import { getDatabase } from "../lib/db/get-db";
import { getMediaDir } from "../lib/recordings/server/media-dir";
import { removeStaleUploads } from "../lib/recordings/server/remove-stale-uploads";
import { DEMO_ACCOUNTS, seedDemo } from "../lib/workspaces/server/seed-demo";
import { logger } from "./logger";

/** Opens (and migrates) the process's database, seeds the demo workspace, resolves the auth secret. */
export async function boot() {
  const database = await getDatabase();
  if (process.env.SEED_DEMO !== "0") {
    const { created } = await seedDemo({ db: database.prisma });
    if (created) logger.info({ event: "demo_seeded" }, "Seeded the demo workspace.");
    // Demo passwords are public (README); printed so a first-time user can sign in.
    logger.info(
      { event: "demo_accounts" },
      `Demo accounts: ${DEMO_ACCOUNTS.map((a) => `${a.email} / ${a.password}`).join("  and  ")}`,
    );
  }
  const leftovers = await removeStaleUploads({ mediaDir: getMediaDir() }).catch((error: unknown) => {
    logger.warn({ event: "upload_cleanup_failed", error: String(error) });
    return [];
  });
  if (leftovers.length > 0) logger.info({ event: "upload_leftovers_removed", count: leftovers.length });
  return { database, secret: getAuthSecret() };
}

/** Runs `close` once on SIGTERM/SIGINT, then exits. */
export function onShutdown(close: () => Promise<void>): void {
  let isClosing = false;
  const handler = (signal: string) => {
    if (isClosing) return;
    isClosing = true;
    logger.info({ event: "shutdown", signal }, `${signal}: storing pending edits and shutting down…`);
    close()
      .then(() => process.exit(0))
      .catch((error) => {
        logger.error({ event: "shutdown_failed", error: String(error) }, "Shutdown failed");
        logger.flush();
        process.exit(1);
      });
  };
  process.on("SIGTERM", () => handler("SIGTERM"));
  process.on("SIGINT", () => handler("SIGINT"));
}
