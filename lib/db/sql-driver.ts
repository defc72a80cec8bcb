import type pg from "pg";
import type { BinaryQueryOptions, BinaryRow, PGliteLike } from "./pglite-thread";

/**
 * Plain SQL over either PGlite or PostgreSQL: the migration runner's few
 * operations, and the document store's hot path (Yjs update appends and
 * loads), which skips Prisma's per-query planning and its byte conversions.
 */
export interface SqlDriver {
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /**
   * Rows as arrays of column values, for statements whose columns are all bytea
   * (or that return none): on the PGlite thread one call with binary results.
   * A `statement` name prepares the SQL once per connection (hot statements).
   */
  queryBytes(sql: string, params?: unknown[], options?: BinaryQueryOptions): Promise<BinaryRow[]>;
}

/** A driver that can also run a transaction (on one connection). */
export interface SqlPool extends SqlDriver {
  transaction<T>(run: (tx: SqlDriver) => Promise<T>): Promise<T>;
}

type PgliteQueryable = Pick<PGliteLike, "exec" | "query"> & {
  queryBinary?(sql: string, params?: unknown[], options?: BinaryQueryOptions): Promise<BinaryRow[]>;
};

export function wrapPglite(db: PgliteQueryable & Partial<Pick<PGliteLike, "transaction">>): SqlPool {
  return {
    exec: async (sql) => {
      await db.exec(sql);
    },
    query: async <T>(sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows as T[],
    queryBytes: async (sql, params = [], options = {}) =>
      db.queryBinary ? db.queryBinary(sql, params, options) : (await db.query<BinaryRow>(sql, params, { rowMode: "array" })).rows,
    transaction: async (run) => {
      if (!db.transaction) throw new Error("this PGlite handle cannot start a transaction");
      return db.transaction((tx) => run(wrapPglite(tx)));
    },
  };
}

export function wrapPgClient(client: Pick<pg.Client, "query">): SqlDriver {
  return {
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
    queryBytes: async (sql, params = [], options = {}) =>
      (await client.query<BinaryRow>({ name: options.statement, text: sql, values: params, rowMode: "array" })).rows,
  };
}

export function wrapPgPool(pool: pg.Pool): SqlPool {
  return {
    ...wrapPgClient(pool),
    transaction: async (run) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await run(wrapPgClient(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

// On the client object under a global symbol, not in a module-level map: Next's
// bundle and the sync server are two module graphs sharing one client (get-db.ts).
const POOL = Symbol.for("secondear.sqlPool");
type WithPool = { [POOL]?: SqlPool };

/** Records the plain-SQL pool over the same database as a Prisma client (lib/db/open-database.ts). */
export function attachSqlPool(prisma: object, pool: SqlPool): void {
  Object.defineProperty(prisma, POOL, { value: pool });
}

/** The plain-SQL pool over the same database as `prisma`. */
export function getSqlPool(prisma: object): SqlPool {
  const pool = (prisma as WithPool)[POOL];
  if (!pool) throw new Error("this Prisma client was not opened by openDatabase(), so it has no SQL pool");
  return pool;
}
