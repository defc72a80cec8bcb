// The extension's storage on a real database: updates group-committed and readable, timed for the
// metrics, and everything queued written before shutdown completes.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { loadDocumentState } from "../../lib/collab/server/document-store";
import { loadYDoc } from "../../lib/report/server/load-y-doc";
import { getTestDatabaseTargets } from "../../lib/testing/test-databases";
import { SyncMetrics } from "../metrics";
import { persistence } from "./persistence";

function edits(...texts: string[]): Uint8Array[] {
  const doc = new Y.Doc();
  return texts.map((text) => {
    const before = Y.encodeStateVector(doc);
    doc.getText("t").insert(doc.getText("t").length, text);
    return Y.encodeStateAsUpdate(doc, before);
  });
}
const textOf = (state: Uint8Array | null) => {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  return doc.getText("t").toString();
};
async function value(sync: SyncMetrics, name: string): Promise<number> {
  const line = (await sync.render()).split("\n").find((l) => l.startsWith(`${name} `));
  return Number(line?.slice(name.length + 1));
}

describe.each(getTestDatabaseTargets())("persistence on $name", (target) => {
  let db: Awaited<ReturnType<typeof target.open>>;
  beforeAll(async () => {
    db = await target.open();
  });
  afterAll(() => db.drop());

  it("stores updates in group commits (those arriving during a write go together into the next), reads them back, and times both", async () => {
    const sync = new SyncMetrics({ loadedDocuments: () => 0, queueDepth: () => 0 });
    const { storage } = persistence({ db: db.prisma, metrics: sync });
    const [a, b, c] = edits("a", "b", "c");
    await Promise.all([storage!.store("doc:group", a), storage!.store("doc:group", b), storage!.store("doc:group", c)]);
    expect(await value(sync, "secondear_sync_persist_batch_size_count")).toBe(2); // [a], then [b, c]
    expect(await value(sync, "secondear_sync_persist_batch_size_sum")).toBe(3);
    expect(await value(sync, "secondear_sync_persist_seconds_count")).toBe(2);
    expect(textOf(await storage!.read("doc:group"))).toBe("abc");
    expect(await value(sync, "secondear_sync_document_load_seconds_count")).toBe(1);
    expect(await storage!.read("doc:never")).toBeNull();
  });

  it("closing waits until everything queued is written", async () => {
    const sync = new SyncMetrics({ loadedDocuments: () => 0, queueDepth: () => 0 });
    const extension = persistence({ db: db.prisma, metrics: sync });
    const stored = edits("x", "y", "z").map((update) => extension.storage!.store("doc:close", update));
    expect(extension.storage!.queueDepth).toBe(2);
    await extension.onClose!();
    expect(extension.storage!.queueDepth).toBe(0);
    expect(textOf(await loadDocumentState({ db: db.prisma, name: "doc:close" }))).toBe("xyz");
    await Promise.all(stored);
  });

  it("with a journal: stored at once without waiting for the database, readable before the group commit, in the database after it", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "secondear-journal-ext-"));
    const sync = new SyncMetrics({ loadedDocuments: () => 0, queueDepth: () => 0 });
    const extension = persistence({ db: db.prisma, metrics: sync, journal: { dir, fsync: "interval", commitIntervalMs: 60_000 } });
    await extension.ready;
    const storage = extension.storage!;
    for (const update of edits("j", "o", "u")) expect(storage.store("doc:journal", update)).toBeUndefined();
    expect(storage.queueDepth).toBe(3);
    expect(await value(sync, "secondear_sync_journal_frames_pending")).toBe(3);
    expect(await value(sync, "secondear_sync_journal_bytes")).toBeGreaterThan(0);
    expect(await loadDocumentState({ db: db.prisma, name: "doc:journal" })).toBeNull(); // not committed yet…
    expect(textOf(await storage.read("doc:journal"))).toBe("jou"); // …but a load sees it,
    expect((await loadYDoc({ db: db.prisma, name: "doc:journal" })).getText("t").toString()).toBe("jou"); // and so does the app's read (a report opened at once)
    await storage.drain();
    expect(textOf(await loadDocumentState({ db: db.prisma, name: "doc:journal" }))).toBe("jou");
    expect(await value(sync, "secondear_sync_persist_batch_size_sum")).toBe(3);
    expect(await value(sync, "secondear_sync_journal_commit_lag_seconds")).toBe(0);
    storage.store("doc:journal", edits("jour")[0]);
    await extension.onClose!();
    expect(fs.readdirSync(dir).filter((f) => f !== "LOCK")).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
