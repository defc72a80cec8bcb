import pg from "pg";
import { describe, expect, it } from "vitest";
import { createFreshPostgresDatabase } from "../testing/test-databases";
import { openDatabase } from "./open-database";
import { getSqlPool } from "./sql-driver";

const adminUrl = process.env.DATABASE_URL;

// PostgreSQL only (CI always sets DATABASE_URL): PGlite has no connections to lose.
describe.runIf(adminUrl?.startsWith("postgres"))("openDatabase on PostgreSQL", () => {
  it("survives the server dropping its idle connections: no crash, the next query reconnects", async () => {
    const fresh = await createFreshPostgresDatabase(adminUrl!);
    const db = await openDatabase({ url: fresh.url });
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      const sql = getSqlPool(db.prisma);
      expect(await sql.query(`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
      // As a restart or an administrator would: every connection to this database is cut while idle.
      const { rows } = await admin.query(
        `SELECT count(pg_terminate_backend(pid)) AS cut FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
        [new URL(fresh.url).pathname.slice(1)],
      );
      expect(Number(rows[0].cut)).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 200)); // the dropped sockets' error events arrive
      expect(await sql.query(`SELECT 2 AS two`)).toEqual([{ two: 2 }]);
      expect(await db.prisma.user.count()).toBe(0);
    } finally {
      await admin.end();
      await db.close();
      await fresh.drop();
    }
  });
});
