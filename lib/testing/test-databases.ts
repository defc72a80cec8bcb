import { randomBytes } from "node:crypto";
import pg from "pg";
import { isPostgresUrl, openDatabase, type Database } from "../db/open-database";

export interface TestDatabaseTarget {
  name: string;
  open(): Promise<Database & { drop(): Promise<void> }>;
}

/** PGlite always; PostgreSQL too when DATABASE_URL points at a server (a fresh database per call). */
export function getTestDatabaseTargets(): TestDatabaseTarget[] {
  const targets: TestDatabaseTarget[] = [
    {
      name: "pglite",
      open: async () => {
        const db = await openDatabase({ pgliteDir: "memory://" });
        return { ...db, drop: () => db.close() };
      },
    },
  ];
  const adminUrl = process.env.DATABASE_URL;
  if (isPostgresUrl(adminUrl)) {
    targets.push({ name: "postgres", open: () => openFreshPostgres(adminUrl) });
  }
  return targets;
}

export async function createFreshPostgresDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `secondear_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        // A pool's end() resolves before its sockets have closed; terminating one of this process's own
        // closing connections (FORCE) surfaces as an unhandled "terminating connection" error. So wait
        // for them to go first; FORCE is then only for what another process (a killed server) left.
        for (let i = 0; i < 50; i++) {
          const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1`, [name]);
          if (rows[0].n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 40));
        }
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

async function openFreshPostgres(adminUrl: string) {
  const fresh = await createFreshPostgresDatabase(adminUrl);
  const db = await openDatabase({ url: fresh.url });
  return {
    ...db,
    drop: async () => {
      await db.close();
      await fresh.drop();
    },
  };
}
