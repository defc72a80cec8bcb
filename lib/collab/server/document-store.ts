import * as Y from "yjs";
import type { PrismaClient } from "../../db/open-database";
import { getSqlPool, type SqlDriver } from "../../db/sql-driver";

/**
 * Yjs persistence: an append-only log of updates per document, folded into a
 * snapshot by compaction. Loading is snapshot + every later update; updates
 * are idempotent, so replaying one twice is harmless.
 *
 * Plain SQL, not Prisma: this is the sync server's hot path, and Prisma plans
 * each query anew and converts every byte array through base64 and number
 * arrays (npm run bench:sync: a 300 KB snapshot took ~100 ms to read that way).
 */
/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters. */
const APPEND_CHUNK = 1000;
/** Appends of up to this many rows use a prepared statement per row count (a group commit is usually 1–30). */
const PREPARED_APPEND_ROWS = 64;

export async function appendDocumentUpdates(options: {
  db: PrismaClient;
  updates: { name: string; update: Uint8Array }[];
}): Promise<void> {
  const sql = getSqlPool(options.db);
  for (let start = 0; start < options.updates.length; start += APPEND_CHUNK) {
    const chunk = options.updates.slice(start, start + APPEND_CHUNK);
    const rows = chunk.map((_, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(", ");
    const params = chunk.flatMap((u) => [u.name, u.update]);
    const statement = chunk.length <= PREPARED_APPEND_ROWS ? `secondear_append_${chunk.length}` : undefined;
    await sql.queryBytes(`INSERT INTO "YDocUpdate" ("name", "data") VALUES ${rows}`, params, { statement });
  }
}

export async function loadDocumentState(options: { db: PrismaClient; name: string }): Promise<Uint8Array | null> {
  return readDocumentState(getSqlPool(options.db), options.name);
}

/** loadDocumentState on a given connection or transaction (the sync server's warm-up rehearses it). */
export async function readDocumentState(sql: SqlDriver, name: string): Promise<Uint8Array | null> {
  // One statement, so one consistent view: a compaction committing meanwhile (another
  // node unloading the document) is seen entirely or not at all. One round trip, too.
  const rows = await sql.queryBytes(
    `SELECT "data" FROM (
       SELECT "state" AS "data", 0 AS "part", 0::bigint AS "id" FROM "YDocSnapshot" WHERE "name" = $1
       UNION ALL
       SELECT "data", 1, "id" FROM "YDocUpdate" WHERE "name" = $1
     ) AS stored ORDER BY "part", "id"`,
    [name],
    { statement: "secondear_read_document" },
  );
  const parts = rows.map(([data]) => data as Uint8Array);
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0] : Y.mergeUpdates(parts);
}

/** Folds the update log into the snapshot; safe to run while others append. */
export async function compactDocument(options: { db: PrismaClient; name: string }): Promise<{ folded: number }> {
  return getSqlPool(options.db).transaction(async (tx) => {
    // One compaction of a document at a time, across nodes. The snapshot row's lock
    // cannot do it the first time (there is no row yet): a second compaction would read
    // no snapshot, then a log the first had already folded, and overwrite its snapshot.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`YDocSnapshot:${options.name}`]);
    const [snapshot] = await tx.query<{ state: Uint8Array }>(
      `SELECT "state" FROM "YDocSnapshot" WHERE "name" = $1 FOR UPDATE`,
      [options.name],
    );
    const updates = await readUpdates(tx, options.name);
    if (updates.length === 0) return { folded: 0 };
    // Recorded for operators only: a lower id can still be in the log (see the delete below).
    const lastId = String(updates[updates.length - 1].id);
    const parts = [...(snapshot ? [snapshot.state] : []), ...updates.map((u) => u.data)];
    const state = Y.encodeStateAsUpdate(docFrom(Y.mergeUpdates(parts)));
    await tx.query(
      `INSERT INTO "YDocSnapshot" ("name", "state", "lastId", "updatedAt") VALUES ($1, $2, $3, now())
       ON CONFLICT ("name") DO UPDATE SET "state" = EXCLUDED."state", "lastId" = EXCLUDED."lastId", "updatedAt" = now()`,
      [options.name, state, lastId],
    );
    // Exactly the rows folded, not every id up to the last: another node's append
    // can take a lower id and commit after the log was read (PostgreSQL, READ COMMITTED).
    const folded = updates.map((u) => String(u.id));
    await tx.query(`DELETE FROM "YDocUpdate" WHERE "name" = $1 AND "id" = ANY($2::bigint[])`, [options.name, folded]);
    return { folded: updates.length };
  });
}

function readUpdates(sql: SqlDriver, name: string) {
  return sql.query<{ id: string | number | bigint; data: Uint8Array }>(
    `SELECT "id", "data" FROM "YDocUpdate" WHERE "name" = $1 ORDER BY "id"`,
    [name],
  );
}

function docFrom(update: Uint8Array): Y.Doc {
  const doc = new Y.Doc({ gc: true });
  Y.applyUpdate(doc, update);
  return doc;
}
