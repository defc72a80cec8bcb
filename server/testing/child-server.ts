import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createFreshPostgresDatabase } from "../../lib/testing/test-databases";
import { isPostgresUrl, openDatabase, type Database } from "../../lib/db/open-database";
import { SECRET } from "./sync-fixture";

/**
 * A database that outlives sync-server processes: a PGlite folder on disk, or a
 * fresh PostgreSQL database when DATABASE_URL points at a server.
 */
export interface DurableDatabase {
  name: "pglite" | "postgres";
  /** The sync journal its servers use (SYNC_JOURNAL_DIR). */
  journalDir: string;
  env: Record<string, string | undefined>;
  /** Opens it in this process (only while no server process holds a PGlite folder). */
  open(): Promise<Database>;
  drop(): Promise<void>;
}

export async function createDurableDatabases(): Promise<DurableDatabase[]> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "secondear-crash-"));
  const pgliteDir = path.join(dataDir, "pglite"); // where the server looks for it under DATA_DIR
  const databases: DurableDatabase[] = [
    {
      name: "pglite",
      journalDir: path.join(dataDir, "journal-pglite"),
      // Each database its own journal: one left uncommitted must not replay into the other.
      env: { DATA_DIR: dataDir, DATABASE_URL: undefined, SYNC_JOURNAL_DIR: path.join(dataDir, "journal-pglite") },
      open: () => openDatabase({ pgliteDir }),
      drop: () => rm(dataDir, { recursive: true, force: true }),
    },
  ];
  const adminUrl = process.env.DATABASE_URL;
  if (isPostgresUrl(adminUrl)) {
    const fresh = await createFreshPostgresDatabase(adminUrl);
    databases.push({
      name: "postgres",
      journalDir: path.join(dataDir, "journal-postgres"),
      env: { DATA_DIR: dataDir, DATABASE_URL: fresh.url, SYNC_JOURNAL_DIR: path.join(dataDir, "journal-postgres") },
      open: () => openDatabase({ url: fresh.url }),
      drop: () => fresh.drop(),
    });
  }
  return databases;
}

export interface ChildSyncServer {
  port: number;
  url: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  /** Output so far, for failure messages. */
  output(): string;
}

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

/** Runs `server/sync-only.ts` as its own process; resolves once it listens (SYNC_PORT=0: any port). */
export function spawnSyncServer(options: {
  env: Record<string, string | undefined>;
  port?: number;
}): Promise<ChildSyncServer> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    SEED_DEMO: "0",
    AUTH_SECRET: SECRET,
    HOST: "127.0.0.1",
    LOG_LEVEL: "info",
    SYNC_PORT: String(options.port ?? 0),
    // Its own journal unless the caller keeps one across restarts: two nodes never share one.
    ...(options.env.SYNC_JOURNAL_DIR || options.env.DATA_DIR ? {} : { SYNC_JOURNAL_DIR: mkdtempSync(path.join(os.tmpdir(), "secondear-child-journal-")) }),
    ...options.env,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  delete env.VITEST; // a real server process, logging as in production
  const child = spawn(process.execPath, ["--import", "tsx", "server/sync-only.ts"], {
    cwd: root,
    env: env as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"event":"listening","port":(\d+)/.exec(output);
      if (match) {
        const port = Number(match[1]);
        resolve({ port, url: `ws://127.0.0.1:${port}/sync`, child, exited, output: () => output });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`sync server exited (${code}) before listening:\n${output}`)));
  });
}

/** SIGKILL: no flush, no goodbye; resolves once the process is gone. */
export async function killHard(server: ChildSyncServer): Promise<void> {
  server.child.kill("SIGKILL");
  await server.exited;
}
