import * as Y from "yjs";
import type { PrismaClient } from "../../db/open-database";

/**
 * Yjs persistence: an append-only log of updates per document, folded into a
 * snapshot by compaction. Loading is snapshot + every later update; updates
 * are idempotent, so replaying one twice is harmless.
 */
/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters. */
const APPEND_CHUNK = 1000;

export async function appendDocumentUpdates(options: {
  db: PrismaClient;
  updates: { name: string; update: Uint8Array }[];
}): Promise<void> {
  // Plain SQL on the hot path: Prisma's createMany plans the query anew for
  // every batch size, which cost ~5x the insert itself (npm run bench:sync).
  for (let start = 0; start < options.updates.length; start += APPEND_CHUNK) {
    const chunk = options.updates.slice(start, start + APPEND_CHUNK);
    const rows = chunk.map((_, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(", ");
    const params = chunk.flatMap((u) => [u.name, toBytes(u.update)]);
    await options.db.$executeRawUnsafe(`INSERT INTO "YDocUpdate" ("name", "data") VALUES ${rows}`, ...params);
  }
}

export async function loadDocumentState(options: { db: PrismaClient; name: string }): Promise<Uint8Array | null> {
  // The log before the snapshot: a compaction in between (another node unloading the
  // document) then only means some updates are read twice, never that some are missed.
  const updates = await options.db.yDocUpdate.findMany({
    where: { name: options.name },
    orderBy: { id: "asc" },
    select: { data: true },
  });
  const snapshot = await options.db.yDocSnapshot.findUnique({ where: { name: options.name } });
  const parts = [...(snapshot ? [snapshot.state] : []), ...updates.map((u) => u.data)].map((p) => new Uint8Array(p));
  if (parts.length === 0) return null;
  return Y.mergeUpdates(parts);
}

/** Folds the update log into the snapshot; safe to run while others append. */
export async function compactDocument(options: { db: PrismaClient; name: string }): Promise<{ folded: number }> {
  return options.db.$transaction(async (tx) => {
    const snapshot = await tx.yDocSnapshot.findUnique({ where: { name: options.name } });
    const updates = await tx.yDocUpdate.findMany({
      where: { name: options.name },
      orderBy: { id: "asc" },
      select: { id: true, data: true },
    });
    if (updates.length === 0) return { folded: 0 };
    const lastId = updates[updates.length - 1].id;
    const parts = [...(snapshot ? [snapshot.state] : []), ...updates.map((u) => u.data)].map((p) => new Uint8Array(p));
    const state = toBytes(Y.encodeStateAsUpdate(docFrom(Y.mergeUpdates(parts))));
    await tx.yDocSnapshot.upsert({
      where: { name: options.name },
      create: { name: options.name, state, lastId },
      update: { state, lastId },
    });
    // Only what was folded: updates appended meanwhile stay in the log.
    await tx.yDocUpdate.deleteMany({ where: { name: options.name, id: { lte: lastId } } });
    return { folded: updates.length };
  });
}

function docFrom(update: Uint8Array): Y.Doc {
  const doc = new Y.Doc({ gc: true });
  Y.applyUpdate(doc, update);
  return doc;
}

function toBytes(update: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(update) as Uint8Array<ArrayBuffer>;
}
