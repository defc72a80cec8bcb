// The embedded PostgreSQL (PGlite) in its own thread, so query execution, its
// file system calls and parameter serialisation never block the event loop
// that serves websockets and pages. Plain JavaScript: worker_threads loads it
// directly in every runtime (tsx, Next, Vitest). Its peer is lib/db/pglite-thread.ts.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { queryBinary } from "./pglite-binary.mjs";

const pg = new PGlite(workerData.dataDir);
// bytea through Buffer's native hex codec: PGlite's own converts byte by byte in
// JavaScript (~50 ms for a 300 KB Yjs snapshot, ~5 ms this way).
pg.parsers[17] = (text) => {
  const bytes = new Uint8Array((text.length - 2) / 2);
  Buffer.from(bytes.buffer).write(text.slice(2), "hex");
  return bytes;
};
pg.serializers[17] = (value) => {
  if (!(value instanceof Uint8Array)) throw new Error("Invalid input for bytea type");
  return `\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("hex")}`;
};
/** Open transactions by id: PGlite's transaction callback stays pending until the main thread ends it. */
const transactions = new Map();
let nextTransactionId = 1;

/** Columns the caller parses itself come back as PostgreSQL's text, untouched. */
function rawParsers(oids) {
  return Object.fromEntries((oids ?? []).map((oid) => [oid, (text) => text]));
}

/** Byte-array parameters arrive packed in one transferred buffer (see packBytes in pglite-thread.ts). */
function unpackBytes(params, bytes) {
  if (!bytes) return params;
  return params.map((param) =>
    param && typeof param === "object" && param.__packedBytes ? new Uint8Array(bytes, param.__packedBytes.at, param.__packedBytes.length) : param,
  );
}

function target(txId) {
  if (txId === undefined) return pg;
  const open = transactions.get(txId);
  if (!open) throw new Error(`transaction ${txId} is not open`);
  return open.tx;
}

function toResult({ rows, fields, affectedRows }) {
  return { rows, fields, affectedRows };
}

async function begin() {
  const txId = nextTransactionId++;
  const open = {};
  const entered = new Promise((resolve) => {
    open.finished = pg.transaction(
      (tx) =>
        new Promise((end) => {
          open.tx = tx;
          open.end = end;
          resolve();
        }),
    );
  });
  // Awaited by commit/rollback; this only keeps an early failure from being "unhandled".
  open.finished.catch(() => undefined);
  // BEGIN itself failing rejects `finished` before the callback runs.
  await Promise.race([entered, open.finished]);
  transactions.set(txId, open);
  return txId;
}

async function end(txId, rollback) {
  const open = transactions.get(txId);
  if (!open) return;
  transactions.delete(txId);
  if (rollback && !open.tx.closed) await open.tx.rollback();
  open.end();
  await open.finished;
}

const operations = {
  ready: async () => {
    await pg.waitReady;
  },
  query: ({ sql, params, bytes, options, txId }) =>
    target(txId)
      .query(sql, unpackBytes(params, bytes), { rowMode: options.rowMode, parsers: rawParsers(options.rawOids) })
      .then(toResult),
  binary: async ({ sql, params, bytes, statement, txId }) => {
    await pg.waitReady; // PGlite's query() waits for it too; the raw protocol does not
    // Inside an open transaction its lock is already held: only take the per-statement one.
    if (txId !== undefined) target(txId);
    const exclusive =
      txId === undefined
        ? (run) => pg._runExclusiveTransaction(() => pg._runExclusiveQuery(run))
        : (run) => pg._runExclusiveQuery(run);
    return queryBinary(pg, { sql, params: unpackBytes(params, bytes), statement, inTransaction: txId !== undefined, exclusive });
  },
  exec: ({ sql, txId }) => target(txId).exec(sql).then((results) => results.map(toResult)),
  begin,
  commit: ({ txId }) => end(txId, false),
  rollback: ({ txId }) => end(txId, true),
  close: () => pg.close(),
};

/** Errors cross the thread as plain fields; functions (query options) cannot be cloned. */
function describeError(error) {
  if (!(error instanceof Error)) {
    // Emscripten's file system throws plain objects ({ name: "ErrnoError", errno }).
    let detail;
    try {
      detail = JSON.stringify(error);
    } catch {
      detail = String(error);
    }
    return { message: `PGlite failed: ${detail}` };
  }
  const { queryOptions: _options, ...fields } = error;
  return { ...fields, message: error.message, name: error.name, stack: error.stack, isDatabaseError: "severity" in error };
}

parentPort.on("message", async ({ id, op, ...request }) => {
  try {
    const result = await operations[op](request);
    parentPort.postMessage({ id, result });
  } catch (error) {
    try {
      parentPort.postMessage({ id, error: describeError(error) });
    } catch {
      parentPort.postMessage({ id, error: { message: String(error?.message ?? error) } });
    }
  }
});
