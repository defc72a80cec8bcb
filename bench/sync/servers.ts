import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { openDatabase, type Database } from "../../lib/db/open-database";
import { createFreshPostgresDatabase } from "../../lib/testing/test-databases";
import { freePort, startServerProcess, type BenchServer } from "./server-process";

export const BENCH_SECRET = "bench-sync-secret-0123456789abcdef";
const DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/postgres";

/** A fresh database for our server: PGlite in a temp folder, or a fresh PostgreSQL database. */
export interface BenchDatabase {
  kind: "pglite" | "postgres";
  env: Record<string, string | undefined>;
  /** Opens it in this process (PGlite: only while no server process holds the folder). */
  open(): Promise<Database>;
  drop(): Promise<void>;
}

export async function createBenchDatabase(postgres: boolean): Promise<BenchDatabase> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "secondear-bench-sync-"));
  if (!postgres) {
    return {
      kind: "pglite",
      env: { DATA_DIR: dataDir, DATABASE_URL: undefined },
      open: () => openDatabase({ pgliteDir: path.join(dataDir, "pglite") }),
      drop: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const fresh = await createFreshPostgresDatabase(process.env.DATABASE_URL || DEFAULT_POSTGRES);
  return {
    kind: "postgres",
    env: { DATA_DIR: dataDir, DATABASE_URL: fresh.url },
    open: () => openDatabase({ url: fresh.url }),
    drop: async () => {
      await fresh.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** `server/sync-only.ts`, configured as in production except the per-IP upgrade budget (all clients share 127.0.0.1). */
export function startOurServer(database: BenchDatabase, fsync: "off" | "interval" | "always" = "interval"): Promise<BenchServer> {
  return startServerProcess({
    kind: "ours",
    script: "server/sync-only.ts",
    env: {
      SEED_DEMO: "0",
      AUTH_SECRET: BENCH_SECRET,
      HOST: "127.0.0.1",
      SYNC_PORT: "0",
      LOG_LEVEL: "info",
      SYNC_UPGRADES_PER_MINUTE: "1000000",
      NODE_ENV: "production",
      SYNC_JOURNAL_FSYNC: fsync,
      ...database.env,
    },
    listening: /"event":"listening","port":(\d+)/,
    wsPath: "/sync",
  });
}

const STOCK_VERSION = "0.1.1";
export const STOCK_DIR = path.join(os.tmpdir(), "secondear-bench-stock");
const STOCK_PACKAGE = path.join(STOCK_DIR, "node_modules/@y/websocket-server");

/** Installs `@y/websocket-server@0.1.1` into a scratch folder (not the app's dependencies) once. */
export async function installStockServer(): Promise<string> {
  const manifest = path.join(STOCK_PACKAGE, "package.json");
  const installed = existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).version === STOCK_VERSION;
  if (!installed) {
    await mkdir(STOCK_DIR, { recursive: true });
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    await promisify(execFile)(
      npm,
      ["install", `@y/websocket-server@${STOCK_VERSION}`, "--prefix", STOCK_DIR, "--no-audit", "--no-fund", "--ignore-scripts"],
      { cwd: STOCK_DIR },
    );
  }
  const bin = JSON.parse(readFileSync(manifest, "utf8")).bin["y-websocket"] as string;
  return path.join(STOCK_PACKAGE, bin);
}

/** The stock server's own bin, in memory (no YPERSISTENCE), no auth. */
export async function startStockServer(script: string): Promise<BenchServer> {
  const port = await freePort();
  return startServerProcess({
    kind: "stock",
    script,
    env: { HOST: "127.0.0.1", PORT: String(port), NODE_ENV: "production", YPERSISTENCE: undefined },
    listening: /running at '127\.0\.0\.1' on port (\d+)/,
    wsPath: "",
    port,
  });
}
