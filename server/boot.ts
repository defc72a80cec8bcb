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
  }
  const leftovers = await removeStaleUploads({ mediaDir: getMediaDir() }).catch((error: unknown) => {
    logger.warn({ event: "upload_cleanup_failed", error: String(error) });
    return [];
  });
  if (leftovers.length > 0) logger.info({ event: "upload_leftovers_removed", count: leftovers.length });
  return { database, secret: getAuthSecret() };
}

/** After the URL: the demo accounts (their passwords are public, in the README), so a first-time user can sign in. */
export function logDemoAccounts(): void {
  if (process.env.SEED_DEMO === "0") return;
  const passwords = [...new Set(DEMO_ACCOUNTS.map((a) => a.password))];
  logger.info(
    { event: "demo_accounts", accounts: DEMO_ACCOUNTS.map((a) => a.email) },
    `Sign in as ${DEMO_ACCOUNTS.map((a) => a.email).join(" or ")}, password ${passwords.join(" / ")}`,
  );
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
