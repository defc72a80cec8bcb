import path from "node:path";
import { Worker } from "node:worker_threads";
import { messages, type PGlite, type QueryOptions, type Results, type Transaction } from "@electric-sql/pglite";

type Parser = (text: string, typeId: number) => unknown;
type Field = { name: string; dataTypeID: number };
type Pending = { resolve(value: unknown): void; reject(error: unknown): void };
/** A row's columns as PostgreSQL's binary representation (for bytea: the bytes); null for NULL. */
export type BinaryRow = (Uint8Array | null)[];
/** `statement`: a name to prepare the SQL under once per database session (always the same SQL for a name). */
export type BinaryQueryOptions = { statement?: string };
type WorkerError = Record<string, unknown> & { message: string; isDatabaseError?: boolean };

/** The part of PGlite's interface that Prisma's adapter and the migration runner use. */
export type PGliteLike = Pick<PGlite, "query" | "exec" | "transaction" | "close" | "waitReady">;

const WORKER_FILE = "lib/db/pglite-worker.mjs";

/**
 * PGlite running in a worker thread (lib/db/pglite-worker.mjs), behind the
 * same query/exec/transaction interface. Each call is one message: the worker
 * serialises parameters, runs the query and parses results; only columns the
 * caller brings its own parsers for are parsed here.
 */
export class PGliteThread implements PGliteLike {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: Error | null = null;
  readonly waitReady: Promise<void>;

  private isClosing = false;

  constructor(
    dataDir: string,
    options: {
      /** Project root, where the worker's file is (default SECONDEAR_ROOT or the working directory). */
      root?: string;
      /** Told once if the thread dies other than by close() (a WebAssembly abort): every later query fails. */
      onDeath?: (error: Error) => void;
    } = {},
  ) {
    const root = options.root ?? (process.env.SECONDEAR_ROOT || process.cwd());
    // Resolved from the project root, not import.meta.url, so bundlers leave it alone;
    // plain JavaScript, so none of the parent's loaders (tsx, preloads) are needed.
    this.worker = new Worker(path.resolve(root, WORKER_FILE), { workerData: { dataDir }, execArgv: [] });
    this.worker.unref();
    this.worker.on("message", ({ id, result, error }: { id: number; result?: unknown; error?: WorkerError }) => {
      const call = this.pending.get(id);
      if (!call) return;
      this.settle(id);
      if (error) call.reject(toError(error));
      else call.resolve(result);
    });
    const fail = (error: Error) => {
      if (!this.failure && !this.isClosing) options.onDeath?.(error);
      this.failure ??= error;
      for (const [id, call] of this.pending) {
        this.settle(id);
        call.reject(error);
      }
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => fail(new Error(`the database thread exited (code ${code})`)));
    this.waitReady = this.call("ready");
  }

  async query<T>(sql: string, params: unknown[] = [], options: QueryOptions = {}, txId?: number): Promise<Results<T>> {
    const parsers = (options.parsers ?? {}) as unknown as Record<string, Parser>;
    const rawOids = Object.keys(parsers);
    const { values, bytes } = packBytes(params);
    const result = await this.call<Results<T>>(
      "query",
      { sql, params: values, bytes, options: { rowMode: options.rowMode, rawOids }, txId },
      bytes ? [bytes] : [],
    );
    if (rawOids.length > 0) applyParsers(result, parsers, options.rowMode === "array");
    return result;
  }

  /**
   * One statement in one call, every result column as raw bytes (see pglite-binary.mjs): the Yjs hot path.
   * `statement` names it so it is parsed and planned only once (one name per SQL text).
   */
  async queryBinary(sql: string, params: unknown[] = [], options: BinaryQueryOptions = {}, txId?: number): Promise<BinaryRow[]> {
    const { values, bytes } = packBytes(params);
    const request = { sql, params: values, bytes, statement: options.statement, txId };
    const result = await this.call<{ rows: BinaryRow[] }>("binary", request, bytes ? [bytes] : []);
    return result.rows;
  }

  async exec(sql: string, _options?: QueryOptions, txId?: number): Promise<Results[]> {
    return this.call<Results[]>("exec", { sql, txId });
  }

  async transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T> {
    const txId = await this.call<number>("begin");
    let closed = false;
    const tx = {
      query: <R>(sql: string, params?: unknown[], options?: QueryOptions) => this.query<R>(sql, params, options, txId),
      exec: (sql: string, options?: QueryOptions) => this.exec(sql, options, txId),
      queryBinary: (sql: string, params?: unknown[], options?: BinaryQueryOptions) => this.queryBinary(sql, params, options, txId),
      rollback: async () => {
        closed = true;
        await this.call("rollback", { txId });
      },
      get closed() {
        return closed;
      },
    } as unknown as Transaction;
    let result: T;
    try {
      result = await callback(tx);
    } catch (error) {
      if (!closed) await this.call("rollback", { txId });
      throw error;
    }
    if (!closed) await this.call("commit", { txId });
    return result;
  }

  async close(): Promise<void> {
    if (this.failure) return;
    this.isClosing = true;
    await this.call("close");
    await this.worker.terminate();
  }

  private call<T = void>(op: string, request: Record<string, unknown> = {}, transfer: ArrayBuffer[] = []): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    // Keeps the process alive only while the database has work to answer.
    if (this.pending.size === 0) this.worker.ref();
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as Pending["resolve"], reject });
      this.worker.postMessage({ id, op, ...request }, transfer);
    });
  }

  private settle(id: number): void {
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker.unref();
  }
}

/** Where a byte-array parameter sits in the one buffer that carries them all (sent as `{ __packedBytes }`). */
type PackedBytes = { at: number; length: number };

/**
 * Copies every byte-array parameter into one buffer that is moved, not cloned,
 * to the worker: cloning allocates a buffer per array (and a view into Node's
 * 8 KB pool or a websocket frame would clone all of it), which made posting a
 * group commit of a few dozen small updates cost ~0.4 ms of the event loop.
 */
function packBytes(params: unknown[]): { values: unknown[]; bytes?: ArrayBuffer } {
  const arrays = params.filter((p): p is Uint8Array => p instanceof Uint8Array);
  if (arrays.length === 0) return { values: params };
  const bytes = new Uint8Array(arrays.reduce((sum, a) => sum + a.byteLength, 0));
  let at = 0;
  const values = params.map((param) => {
    if (!(param instanceof Uint8Array)) return param;
    bytes.set(param, at);
    const packed: PackedBytes = { at, length: param.byteLength };
    at += param.byteLength;
    return { __packedBytes: packed };
  });
  return { values, bytes: bytes.buffer };
}

function applyParsers(result: Results<unknown>, parsers: Record<string, Parser>, isArray: boolean): void {
  const columns = (result.fields as Field[])
    .map((field, index) => ({ index, name: field.name, typeId: field.dataTypeID, parse: parsers[field.dataTypeID] }))
    .filter((column) => column.parse);
  if (columns.length === 0) return;
  for (const row of result.rows as Record<string | number, unknown>[]) {
    for (const column of columns) {
      const key = isArray ? column.index : column.name;
      const value = row[key];
      if (value !== null && value !== undefined) row[key] = column.parse(value as string, column.typeId);
    }
  }
}

/** PostgreSQL's errors become PGlite's DatabaseError again, so callers (Prisma's adapter) recognise them. */
function toError(fields: WorkerError): Error {
  const { isDatabaseError, message, name, length, ...rest } = fields;
  const error = isDatabaseError
    ? new messages.DatabaseError(message, Number(length ?? 0), name as messages.MessageName)
    : new Error(message);
  Object.assign(error, rest);
  return error;
}
