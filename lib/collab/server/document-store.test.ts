import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { getTestDatabaseTargets } from "../../testing/test-databases";
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
