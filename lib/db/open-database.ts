import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client";
import { applyMigrations, readMigrations } from "./migrate";
import { createPgliteAdapter } from "./pglite-adapter";
import { wrapPgClient, wrapPglite } from "./sql-driver";

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
    return { prisma, kind: "postgres", close: () => prisma.$disconnect() };
  }
  const dir = options.pgliteDir ?? "memory://";
  if (!dir.includes("://")) mkdirSync(dir, { recursive: true }); // PGlite creates only the last folder
  const pglite = new PGlite(dir);
  await pglite.waitReady;
  await applyMigrations({ driver: wrapPglite(pglite), migrations, useAdvisoryLock: false });
  const prisma = new PrismaClient({ adapter: createPgliteAdapter(pglite) });
  return {
    prisma,
    kind: "pglite",
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

