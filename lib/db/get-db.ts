import path from "node:path";
import { getDataDir } from "../config/data-dir";
import { isPostgresUrl, openDatabase, type Database } from "./open-database";

// One database per process, shared through globalThis: the sync server (loaded
// by tsx) and Next's bundled route code are separate module graphs in the same
// process, and PGlite allows only one instance per data folder.
const KEY = Symbol.for("secondear.database");
type Holder = { [KEY]?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  const holder = globalThis as Holder;
  holder[KEY] ??= openDatabase({
    url: process.env.DATABASE_URL,
    pgliteDir: isPostgresUrl(process.env.DATABASE_URL) ? undefined : path.join(getDataDir(), "pglite"),
    onLost: exitForRestart,
  });
  return holder[KEY];
}

/**
 * The embedded database's thread died (a WebAssembly abort): nothing can be
 * read or stored any more, while a fresh process recovers the database from
 * its write-ahead log. So the process exits for its supervisor to restart it,
 * rather than living on refusing every request. Edits were stored before they
 * were relayed, so none that anyone saw is lost.
 */
function exitForRestart(error: Error): void {
  console.error(`SecondEar: the embedded database stopped (${error.message}); exiting so the process can be restarted.`);
  process.exit(1);
}

/** The Prisma client for this process (migrations already applied). */
export async function getDb() {
  return (await getDatabase()).prisma;
}

/** Lets the process owner (server or test) decide which database everyone shares. */
export function setDatabase(database: Promise<Database> | undefined): void {
  (globalThis as Holder)[KEY] = database;
}
