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
  });
  return holder[KEY];
}

/** The Prisma client for this process (migrations already applied). */
export async function getDb() {
  return (await getDatabase()).prisma;
}

/** Lets the process owner (server or test) decide which database everyone shares. */
export function setDatabase(database: Promise<Database> | undefined): void {
  (globalThis as Holder)[KEY] = database;
}
