import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";

/**
 * The few raw SQL operations the migration runner needs, over either PGlite or
 * one dedicated PostgreSQL connection (advisory locks belong to a session).
 */
export interface SqlDriver {
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export function wrapPglite(db: PGlite): SqlDriver {
  return {
    exec: async (sql) => {
      await db.exec(sql);
    },
    query: async <T>(sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows as T[],
  };
}

export function wrapPgClient(client: pg.Client): SqlDriver {
  return {
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
  };
}
