import { createHash } from "node:crypto";
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createFreshPostgresDatabase, getTestDatabaseTargets } from "../testing/test-databases";
import { applyMigrations, readMigrations } from "./migrate";
import { isPostgresUrl } from "./open-database";
import { wrapPgClient, wrapPglite } from "./sql-driver";

async function writeMigrations(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "secondear-migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

describe("migration runner on PGlite", () => {
  it("applies pending migrations once, in order, recording Prisma's checksum", async () => {
    const dir = await writeMigrations({
      "20260101000000_a": 'CREATE TABLE "A" (id INT);',
      "20260102000000_b": 'ALTER TABLE "A" ADD COLUMN name TEXT;',
    });
    const db = new PGlite();
    const driver = wrapPglite(db);
    const migrations = await readMigrations(dir);
    expect(await applyMigrations({ driver, migrations, useAdvisoryLock: false })).toEqual([
      "20260101000000_a",
      "20260102000000_b",
    ]);
    expect(await applyMigrations({ driver, migrations, useAdvisoryLock: false })).toEqual([]);
    const rows = await driver.query<{ migration_name: string; checksum: string; applied_steps_count: number }>(
      `SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" ORDER BY started_at`,
    );
    expect(rows[0]).toMatchObject({
      migration_name: "20260101000000_a",
      // sha256 of the file's bytes, as Prisma Migrate computes it
      checksum: createHash("sha256").update('CREATE TABLE "A" (id INT);').digest("hex"),
      applied_steps_count: 1,
    });
    await db.query(`INSERT INTO "A" (id, name) VALUES (1, 'x')`);
    await db.close();
  });

  it("leaves no half-applied schema when a migration fails, and refuses to go on", async () => {
    const dir = await writeMigrations({
      "20260101000000_ok": 'CREATE TABLE "Ok" (id INT);',
      "20260102000000_bad": 'CREATE TABLE "Half" (id INT); SELECT * FROM "Missing";',
    });
    const db = new PGlite();
    const driver = wrapPglite(db);
    const migrations = await readMigrations(dir);
    await expect(applyMigrations({ driver, migrations, useAdvisoryLock: false })).rejects.toThrow(
      /20260102000000_bad failed/,
    );
    const half = await driver.query(`SELECT to_regclass('"Half"') AS t`);
    expect(half[0]).toEqual({ t: null });
    await expect(applyMigrations({ driver, migrations, useAdvisoryLock: false })).rejects.toThrow(/failed earlier/);
    await db.close();
  });

  it("applies the project's real migrations so every model can be queried", async () => {
    for (const target of getTestDatabaseTargets()) {
      const db = await target.open();
      try {
        expect(await db.prisma.user.count()).toBe(0);
        expect(await db.prisma.yDocUpdate.count()).toBe(0);
      } finally {
        await db.drop();
      }
    }
  });
});

describe.runIf(isPostgresUrl(process.env.DATABASE_URL))("migration runner on PostgreSQL", () => {
  it("two processes starting at once apply each migration exactly once", async () => {
    const fresh = await createFreshPostgresDatabase(process.env.DATABASE_URL!);
    const dir = await writeMigrations({
      // pg_sleep widens the window in which a second runner could slip in
      "20260101000000_a": 'CREATE TABLE "A" (id INT); SELECT pg_sleep(0.3);',
    });
    const migrations = await readMigrations(dir);
    const clients = [new pg.Client(fresh.url), new pg.Client(fresh.url)];
    try {
      await Promise.all(clients.map((c) => c.connect()));
      const results = await Promise.all(
        clients.map((c) => applyMigrations({ driver: wrapPgClient(c), migrations, useAdvisoryLock: true })),
      );
      expect(results.flat()).toEqual(["20260101000000_a"]);
      const rows = await wrapPgClient(clients[0]).query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
      expect(rows[0]).toEqual({ n: 1 });
    } finally {
      await Promise.all(clients.map((c) => c.end()));
      await fresh.drop();
    }
  });
});
