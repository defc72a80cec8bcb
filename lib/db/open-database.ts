import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client";
import { applyMigrations, readMigrations } from "./migrate";
import { createPgliteAdapter } from "./pglite-adapter";
import { PGliteThread } from "./pglite-thread";
import { attachSqlPool, wrapPgClient, wrapPglite, wrapPgPool } from "./sql-driver";

export type { PrismaClient };

export interface Database {
  prisma: PrismaClient;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** `postgres://…` selects PostgreSQL; otherwise the embedded PGlite is used. */
  url?: string;
  /** PGlite data folder, or "memory://" for a throwaway database. */
  pgliteDir?: string;
  migrationsDir?: string;
  /** PGlite only: its thread died, so every later query fails (see PGliteThread's onDeath). */
  onLost?: (error: Error) => void;
}

const defaultMigrationsDir = () =>
  path.resolve(process.env.SECONDEAR_ROOT || process.cwd(), "prisma/migrations");

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

/** Opens the database and applies pending migrations before anyone queries it. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const migrations = await readMigrations(options.migrationsDir ?? defaultMigrationsDir());
  if (isPostgresUrl(options.url)) {
    const client = new pg.Client({ connectionString: options.url });
    await client.connect();
    try {
      await applyMigrations({ driver: wrapPgClient(client), migrations, useAdvisoryLock: true });
    } finally {
      await client.end();
    }
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: options.url }) });
    const pool = new pg.Pool({ connectionString: options.url, max: 4 });
    // An idle connection the server dropped (restart, admin, network) is removed from the pool and the
    // next query opens a new one; unhandled, its "error" event would crash the process.
    pool.on("error", (error) => console.warn(`SecondEar: an idle database connection was dropped (${error.message}); reconnecting on next use.`));
    attachSqlPool(prisma, wrapPgPool(pool));
    return {
      prisma,
      kind: "postgres",
      close: async () => {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  const dir = options.pgliteDir ?? "memory://";
  if (!dir.includes("://")) mkdirSync(dir, { recursive: true }); // PGlite creates only the last folder
  // In its own thread: queries must not stall the websockets (npm run bench:sync).
  const pglite = new PGliteThread(dir, { onDeath: options.onLost });
  await pglite.waitReady;
  await applyMigrations({ driver: wrapPglite(pglite), migrations, useAdvisoryLock: false });
  const prisma = new PrismaClient({ adapter: createPgliteAdapter(pglite) });
  attachSqlPool(prisma, wrapPglite(pglite));
  return {
    prisma,
    kind: "pglite",
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

