import { messages } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Worker } from "node:worker_threads";
import { waitFor } from "../testing/wait-for";
import { PGliteThread } from "./pglite-thread";

describe("PGlite in its own thread", () => {
  const db = new PGliteThread("memory://");
  beforeAll(async () => {
    await db.waitReady;
    await db.exec(`CREATE TABLE t (id int PRIMARY KEY, data bytea, at timestamptz)`);
  });
  afterAll(() => db.close());

  it("round-trips byte arrays exactly, including empty ones and views into larger buffers", async () => {
    const big = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 7) % 256);
    const backing = new Uint8Array([9, 9, 1, 2, 3, 9]);
    await db.query(`INSERT INTO t (id, data) VALUES (1, $1), (2, $2), (3, $3)`, [big, new Uint8Array(0), backing.subarray(2, 5)]);
    const { rows } = await db.query<{ id: number; data: Uint8Array }>(`SELECT id, data FROM t ORDER BY id`);
    expect(rows.map((r) => r.id)).toEqual([1, 2, 3]);
    expect(Buffer.from(rows[0].data).equals(Buffer.from(big))).toBe(true);
    expect([...rows[1].data]).toEqual([]);
    expect([...rows[2].data]).toEqual([1, 2, 3]);
  });

  it("hands columns the caller parses itself over as PostgreSQL's text", async () => {
    const { rows } = await db.query<unknown[]>(`SELECT 5::int8 AS n, '\\x0102'::bytea AS b`, [], {
      rowMode: "array",
      parsers: { 20: (text: string) => `int8:${text}`, 17: (text: string) => `bytea:${text}` },
    });
    expect(rows).toEqual([["int8:5", "bytea:\\x0102"]]);
  });

  it("reports PostgreSQL's errors as PGlite's DatabaseError, with their code", async () => {
    const error = await db.query(`INSERT INTO t (id) VALUES (1)`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(messages.DatabaseError);
    expect((error as messages.DatabaseError).code).toBe("23505");
  });

  it("commits a transaction's work, and keeps none of it when the transaction fails", async () => {
    await db.transaction(async (tx) => {
      await tx.query(`INSERT INTO t (id) VALUES (10)`);
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.query(`INSERT INTO t (id) VALUES (11)`);
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    await db.transaction(async (tx) => {
      await tx.query(`INSERT INTO t (id) VALUES (12)`);
      await tx.rollback();
    });
    const { rows } = await db.query<{ id: number }>(`SELECT id FROM t WHERE id >= 10 ORDER BY id`);
    expect(rows.map((r) => r.id)).toEqual([10]);
  });

  describe("one statement in one call, with binary results (the Yjs hot path)", () => {
    beforeAll(() => db.exec(`CREATE TABLE b (id int PRIMARY KEY, name text, data bytea)`));

    it("stores and returns bytes exactly: large, empty, views, and SQL NULL", async () => {
      const big = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 13) % 256);
      const backing = new Uint8Array([9, 4, 5, 6, 9]);
      await db.queryBinary(`INSERT INTO b (id, name, data) VALUES (1, $1, $2), (2, $3, $4), (3, $5, $6), (4, 'none', NULL)`, [
        "big",
        big,
        "empty",
        new Uint8Array(0),
        "view",
        backing.subarray(1, 4),
      ]);
      const rows = await db.queryBinary(`SELECT data FROM b WHERE name <> $1 ORDER BY id`, ["nothing"]);
      expect(rows).toHaveLength(4);
      expect(Buffer.from(rows[0][0]!).equals(Buffer.from(big))).toBe(true);
      expect([...rows[1][0]!]).toEqual([]);
      expect([...rows[2][0]!]).toEqual([4, 5, 6]);
      expect(rows[3][0]).toBeNull();
      // What the other path reads back is what this one stored, and the other way round.
      const { rows: text } = await db.query<{ data: Uint8Array }>(`SELECT data FROM b WHERE id = 3`);
      expect([...text[0].data]).toEqual([4, 5, 6]);
    });

    it("reports PostgreSQL's errors as DatabaseError with code and constraint, and stores nothing", async () => {
      const error = await db
        .queryBinary(`INSERT INTO b (id, name) VALUES (20, 'new'), (1, 'taken')`)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(messages.DatabaseError);
      expect(error).toMatchObject({ code: "23505", constraint: "b_pkey", severity: "ERROR" });
      expect((error as Error).message).toMatch(/duplicate key/);
      expect(await db.queryBinary(`SELECT data FROM b WHERE id = 20`)).toEqual([]);
      // The session is usable afterwards (the error did not leave a statement half done).
      expect(await db.queryBinary(`SELECT '\\x01'::bytea`)).toEqual([[new Uint8Array([1])]]);
    });

    it("runs inside a transaction, and its work goes when the transaction is rolled back", async () => {
      await expect(
        db.transaction(async (tx) => {
          const binary = (tx as unknown as PGliteThread).queryBinary.bind(tx);
          await binary(`INSERT INTO b (id, name) VALUES (30, 'inside')`);
          expect(await binary(`SELECT name::bytea FROM b WHERE id = 30`)).toHaveLength(1);
          throw new Error("changed my mind");
        }),
      ).rejects.toThrow("changed my mind");
      expect(await db.queryBinary(`SELECT data FROM b WHERE id = 30`)).toEqual([]);
    });

    it("prepares a named statement once and reuses it, through errors, rollbacks and aborted transactions", async () => {
      const insert = `INSERT INTO b (id, name, data) VALUES ($1, 'named', $2)`;
      const named = { statement: "test_insert" };
      const preparedNames = async () =>
        (await db.query<{ name: string }>(`SELECT name FROM pg_prepared_statements ORDER BY name`)).rows.map((r) => r.name);
      // First use inside a transaction that rolls back: the session keeps the statement, not the row.
      await db
        .transaction(async (tx) => {
          await (tx as unknown as PGliteThread).queryBinary(insert, ["40", new Uint8Array([4])], named);
          throw new Error("changed my mind");
        })
        .catch(() => undefined);
      expect(await preparedNames()).toContain("test_insert");
      // A failing execution (duplicate key) leaves it usable.
      await db.queryBinary(insert, ["41", new Uint8Array([1])], named);
      await expect(db.queryBinary(insert, ["41", new Uint8Array([2])], named)).rejects.toMatchObject({ code: "23505" });
      await db.queryBinary(insert, ["42", new Uint8Array([2])], named);
      // Its first use in an already aborted transaction prepares nothing; a later use still works.
      await db
        .transaction(async (tx) => {
          const binary = (tx as unknown as PGliteThread).queryBinary.bind(tx);
          await binary(`SELECT 1/0`).catch(() => undefined);
          await expect(binary(`SELECT $1::bytea`, ["\\x07"], { statement: "test_late" })).rejects.toThrow(/aborted/);
          throw new Error("done");
        })
        .catch(() => undefined);
      expect(await preparedNames()).not.toContain("test_late");
      expect(await db.queryBinary(`SELECT $1::bytea`, ["\\x07"], { statement: "test_late" })).toEqual([[new Uint8Array([7])]]);
      const rows = await db.queryBinary(`SELECT data FROM b WHERE name = 'named' ORDER BY id`);
      expect(rows).toEqual([[new Uint8Array([1])], [new Uint8Array([2])]]);
      expect(await preparedNames()).toEqual(["test_insert", "test_late"]);
    });
  });

  it("tells its owner once when the thread dies, fails every later query with why, and says nothing on close", async () => {
    const deaths: Error[] = [];
    const doomed = new PGliteThread("memory://", { onDeath: (error) => deaths.push(error) });
    await doomed.waitReady;
    // Stands in for a WebAssembly abort, which takes the thread down without close().
    await (doomed as unknown as { worker: Worker }).worker.terminate();
    await waitFor(() => deaths.length === 1, { what: "the death notice" });
    expect(deaths[0].message).toMatch(/database thread exited/);
    await expect(doomed.query("SELECT 1")).rejects.toThrow(/database thread exited/);
    await expect(doomed.close()).resolves.toBeUndefined();
    expect(deaths).toHaveLength(1);

    const closed = new PGliteThread("memory://", { onDeath: (error) => deaths.push(error) });
    await closed.waitReady;
    await closed.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(deaths).toHaveLength(1);
  });
});
