// One statement as one call into PGlite, with every result column in binary.
// PGlite's query() makes six calls into WebAssembly per statement (parse,
// describe, bind, describe, execute, sync) and returns text: a 300 KB Yjs
// snapshot crossed as 600 KB of hex and was parsed twice in JavaScript.
// Here Parse/Bind/Execute/Sync go in one buffer and the reply is read as bytes.
import { protocol } from "@electric-sql/pglite";

const { serialize } = protocol;
const SYNC = serialize.sync();

/** Named statements parsed on each PGlite (its one session keeps them, whether or not a transaction rolls back). */
const preparedByDatabase = new WeakMap();

/**
 * Runs `sql` with `params` (strings as text, byte arrays as binary) and returns
 * each row as an array of raw column values (null for SQL NULL).
 * With a `statement` name, `sql` is parsed and planned once and later calls
 * only bind and execute it: a one-row INSERT's cost drops by about half.
 * `exclusive` wraps the call in PGlite's lock (a transaction's lock, or both).
 */
export async function queryBinary(pg, { sql, params, statement, inTransaction, exclusive }) {
  let prepared = preparedByDatabase.get(pg);
  if (!prepared) preparedByDatabase.set(pg, (prepared = new Set()));
  const result = await exclusive(async () => {
    // Decided inside the lock: a concurrent call may have just prepared it.
    const isPrepared = statement !== undefined && prepared.has(statement);
    const request = concat([
      ...(isPrepared ? [] : [serialize.parse({ name: statement, text: sql })]),
      bindForBinaryResults(params, statement),
      serialize.execute({}),
      SYNC,
    ]);
    const reply = readReply(await pg.execProtocolRaw(request, { syncToFs: !inTransaction }));
    // Known only from the reply: a Parse inside an aborted transaction creates nothing.
    if (statement !== undefined && reply.isParsed) prepared.add(statement);
    return reply;
  });
  if (result.error) throw result.error;
  return { rows: result.rows, affectedRows: result.affectedRows };
}

/**
 * A Bind message asking for every result column in binary. PGlite's serializer
 * writes a result-format count of 1 for `binary: true` but not the format code
 * itself (PostgreSQL: "insufficient data left in message"), so the text form's
 * trailing count of 0 is replaced by a count of 1 and code 1 (binary).
 */
function bindForBinaryResults(values, statement) {
  const text = serialize.bind({ statement, values });
  const bind = new Uint8Array(text.length + 2);
  bind.set(text.subarray(0, text.length - 2));
  bind.set([0, 1, 0, 1], text.length - 2);
  new DataView(bind.buffer).setUint32(1, bind.length - 1);
  return bind;
}

function concat(parts) {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function readReply(reply) {
  const view = new DataView(reply.buffer, reply.byteOffset, reply.byteLength);
  const rows = [];
  let affectedRows = 0;
  let error = null;
  let isParsed = false;
  for (let at = 0; at < reply.length; ) {
    const type = reply[at];
    const end = at + 1 + view.getUint32(at + 1);
    let p = at + 5;
    if (type === 0x44 /* D: DataRow */) {
      const columns = view.getUint16(p);
      p += 2;
      const row = new Array(columns);
      for (let c = 0; c < columns; c++) {
        const length = view.getInt32(p);
        p += 4;
        // A copy: the reply buffer is PGlite's and is reused by the next call.
        row[c] = length < 0 ? null : reply.slice(p, p + length);
        if (length > 0) p += length;
      }
      rows.push(row);
    } else if (type === 0x43 /* C: CommandComplete, "INSERT 0 3" */) {
      const tag = new TextDecoder().decode(reply.subarray(p, end - 1));
      const count = Number(tag.split(" ").pop());
      if (Number.isFinite(count)) affectedRows += count;
    } else if (type === 0x31 /* 1: ParseComplete */) {
      isParsed = true;
    } else if (type === 0x45 /* E: ErrorResponse */) {
      error ??= readError(reply.subarray(p, end));
    }
    at = end;
  }
  return { rows, affectedRows, error, isParsed };
}

const ERROR_FIELDS = { S: "severity", C: "code", D: "detail", H: "hint", P: "position", W: "where", s: "schema", t: "table", c: "column", n: "constraint", R: "routine" };

/** PostgreSQL's error fields, shaped like PGlite's DatabaseError (code, detail, constraint…). */
function readError(body) {
  const decoder = new TextDecoder();
  const fields = {};
  for (let at = 0; at < body.length && body[at] !== 0; ) {
    const key = String.fromCharCode(body[at]);
    const stop = body.indexOf(0, at + 1);
    fields[key] = decoder.decode(body.subarray(at + 1, stop));
    at = stop + 1;
  }
  const error = new Error(fields.M ?? "database error");
  error.name = "error";
  error.severity = fields.S;
  for (const [key, name] of Object.entries(ERROR_FIELDS)) if (fields[key] !== undefined) error[name] = fields[key];
  return error;
}
