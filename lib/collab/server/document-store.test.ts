import pg from "pg";
import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { isPostgresUrl, openDatabase } from "../../db/open-database";
import { createFreshPostgresDatabase, getTestDatabaseTargets } from "../../testing/test-databases";
import { waitFor } from "../../testing/wait-for";
import { appendDocumentUpdates, compactDocument, loadDocumentState } from "./document-store";

function textOf(update: Uint8Array | null): string {
  const doc = new Y.Doc();
  if (update) Y.applyUpdate(doc, update);
  return doc.getText("t").toString();
}

describe.each(getTestDatabaseTargets())("document store on $name", (target) => {
  it("reloads what was appended, before and after compaction, and keeps later updates", async () => {
    const db = await target.open();
    try {
      const doc = new Y.Doc();
      const updates: Uint8Array[] = [];
      doc.on("update", (u: Uint8Array) => updates.push(u));
      doc.getText("t").insert(0, "hello");
      doc.getText("t").insert(5, " world");
      await appendDocumentUpdates({ db: db.prisma, updates: updates.map((update) => ({ name: "d1", update })) });
      expect(await loadDocumentState({ db: db.prisma, name: "missing" })).toBeNull();
      expect(textOf(await loadDocumentState({ db: db.prisma, name: "d1" }))).toBe("hello world");

      expect(await compactDocument({ db: db.prisma, name: "d1" })).toEqual({ folded: 2 });
      expect(await db.prisma.yDocUpdate.count()).toBe(0);
      updates.length = 0;
      doc.getText("t").insert(0, ">> ");
      await appendDocumentUpdates({ db: db.prisma, updates: updates.map((update) => ({ name: "d1", update })) });
      expect(textOf(await loadDocumentState({ db: db.prisma, name: "d1" }))).toBe(">> hello world");
      expect(await compactDocument({ db: db.prisma, name: "d1" })).toEqual({ folded: 1 });
      expect(textOf(await loadDocumentState({ db: db.prisma, name: "d1" }))).toBe(">> hello world");
    } finally {
      await db.drop();
    }
  });
});

const adminUrl = process.env.DATABASE_URL;

// Several sync nodes share PostgreSQL: one may compact a document while another's client is still editing it.
describe.runIf(isPostgresUrl(adminUrl))("compaction while another node appends (PostgreSQL)", () => {
  it("loses nothing when compaction races another node: an append committing mid-compaction, a second first compaction", async () => {
    const fresh = await createFreshPostgresDatabase(adminUrl!);
    const db = await openDatabase({ url: fresh.url });
    const gate = new pg.Client({ connectionString: fresh.url });
    const otherNode = new pg.Client({ connectionString: fresh.url });
    /** Until exactly one session waits for an advisory lock (`where`: which lock). */
    const waitForOneWaiter = (what: string, where = "") =>
      waitFor(async () => (await gate.query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted ${where}`)).rowCount === 1, { what });
    try {
      await gate.connect();
      await otherNode.connect();
      const doc = new Y.Doc();
      const updates: Uint8Array[] = [];
      doc.on("update", (u: Uint8Array) => updates.push(u));
      for (const letter of ["a", "b", "c"]) doc.getText("t").insert(doc.getText("t").length, letter);
      const [a, b, c] = updates;
      await appendDocumentUpdates({ db: db.prisma, updates: [{ name: "d", update: a }] });
      // The other node's append of "b" takes its id now and commits later.
      await otherNode.query("BEGIN");
      await otherNode.query(`INSERT INTO "YDocUpdate" ("name", "data") VALUES ('d', $1)`, [b]);
      await appendDocumentUpdates({ db: db.prisma, updates: [{ name: "d", update: c }] });
      // Compaction pauses after reading the log (at its snapshot write) until the gate's lock is released.
      await gate.query(`CREATE FUNCTION wait_at_gate() RETURNS trigger AS $$
        BEGIN PERFORM pg_advisory_xact_lock(4242); RETURN NEW; END $$ LANGUAGE plpgsql`);
      await gate.query(`CREATE TRIGGER wait_at_gate BEFORE INSERT ON "YDocSnapshot" FOR EACH ROW EXECUTE FUNCTION wait_at_gate()`);
      await gate.query("BEGIN");
      await gate.query("SELECT pg_advisory_xact_lock(4242)");
      const compaction = compactDocument({ db: db.prisma, name: "d" });
      await waitForOneWaiter("compaction waiting at the gate");
      await otherNode.query("COMMIT");
      await gate.query("COMMIT");
      expect(await compaction).toEqual({ folded: 2 });
      expect(textOf(await loadDocumentState({ db: db.prisma, name: "d" }))).toBe("abc");
      expect(await compactDocument({ db: db.prisma, name: "d" })).toEqual({ folded: 1 });
      expect(textOf(await loadDocumentState({ db: db.prisma, name: "d" }))).toBe("abc");

      // Two nodes compacting a document for the first time: the second waits for the first
      // before reading anything (else it reads no snapshot and a log the first has folded).
      await appendDocumentUpdates({ db: db.prisma, updates: [{ name: "e", update: a }, { name: "e", update: b }] });
      await gate.query("BEGIN");
      await gate.query("SELECT pg_advisory_xact_lock(4242)");
      const first = compactDocument({ db: db.prisma, name: "e" });
      await waitForOneWaiter("the first compaction waiting at the gate");
      await appendDocumentUpdates({ db: db.prisma, updates: [{ name: "e", update: c }] });
      const second = compactDocument({ db: db.prisma, name: "e" });
      await waitForOneWaiter("the second compaction waiting for the first", "AND objid <> 4242");
      await gate.query("COMMIT");
      expect(await first).toEqual({ folded: 2 });
      expect(await second).toEqual({ folded: 1 });
      expect(textOf(await loadDocumentState({ db: db.prisma, name: "e" }))).toBe("abc");
    } finally {
      await gate.end();
      await otherNode.end();
      await db.close();
      await fresh.drop();
    }
  });
});
