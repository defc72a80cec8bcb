import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { appendDocumentUpdates, loadDocumentState } from "../lib/collab/server/document-store";
import { getTestDatabaseTargets } from "../lib/testing/test-databases";
import { warmUp } from "./warm-up";

describe.each(getTestDatabaseTargets())("start-up warm-up on $name", (target) => {
  it("rehearses a large load but leaves the stored documents exactly as they were", async () => {
    const db = await target.open();
    try {
      const doc = new Y.Doc();
      doc.getText("t").insert(0, "what the interviewer typed");
      await appendDocumentUpdates({ db: db.prisma, updates: [{ name: "kept", update: Y.encodeStateAsUpdate(doc) }] });
      const before = await loadDocumentState({ db: db.prisma, name: "kept" });

      await warmUp({ db: db.prisma, secret: "warm-up-test-secret-0123456789abcdef" });

      expect(await db.prisma.yDocSnapshot.count()).toBe(0);
      expect(await db.prisma.yDocUpdate.findMany({ select: { name: true } })).toEqual([{ name: "kept" }]);
      expect(await loadDocumentState({ db: db.prisma, name: "kept" })).toEqual(before);
      // The database is fully usable afterwards (the rolled-back rehearsal left no transaction open).
      await appendDocumentUpdates({ db: db.prisma, updates: [{ name: "kept", update: Y.encodeStateAsUpdate(doc) }] });
      expect(await db.prisma.yDocUpdate.count()).toBe(2);
    } finally {
      await db.drop();
    }
  });
});
