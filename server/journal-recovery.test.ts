// The journal after a SIGKILL, with a commit interval long enough that nothing
// reaches the database before the kill: the restarted server replays it before
// it listens, and a frame whose bytes were damaged is dropped with a log line
// saying where, everything before it kept.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDocumentName } from "../lib/collab/document-name";
import { loadDocumentState } from "../lib/collab/server/document-store";
import { waitFor } from "../lib/testing/wait-for";
import * as Y from "yjs";
import { createDurableDatabases, killHard, spawnSyncServer, type DurableDatabase } from "./testing/child-server";
import { connectClient, mintToken, seedSyncFixture } from "./testing/sync-fixture";

let databases: DurableDatabase[] = [];
beforeAll(async () => {
  databases = await createDurableDatabases();
});
afterAll(async () => {
  for (const db of databases) await db.drop();
});

const NEVER_COMMIT = { SYNC_JOURNAL_COMMIT_MS: "600000", SYNC_JOURNAL_COMMIT_FRAMES: "1000000" };

describe("sync journal recovery", () => {
  it.each(["pglite", "postgres"] as const)("%s: a damaged last frame is dropped and logged; every frame before it is replayed into the database", async (name) => {
    const database = databases.find((d) => d.name === name);
    if (!database) return; // postgres only when DATABASE_URL names a server (always in CI)
    const setup = await database.open();
    const fixture = await seedSyncFixture(setup.prisma);
    await setup.close();
    const documentName = formatDocumentName({ interviewId: fixture.interview.id, kind: "transcript" });

    let server = await spawnSyncServer({ env: { ...database.env, ...NEVER_COMMIT } });
    const writer = connectClient(server.url, documentName, await mintToken(fixture.alice.id, documentName));
    const reader = connectClient(server.url, documentName, await mintToken(fixture.bob.id, documentName));
    try {
      await waitFor(() => writer.provider.synced && reader.provider.synced, { what: "both synced" });
      for (const word of ["one ", "two ", "three "]) {
        writer.doc.getText("t").insert(writer.doc.getText("t").length, word);
        // Relayed, so journaled: the server wrote the frame before sending it on.
        await waitFor(() => reader.text().endsWith(word), { what: `the reader received "${word}"` });
      }
    } finally {
      writer.provider.destroy();
      reader.provider.destroy();
    }
    await killHard(server);

    const segments = fs.readdirSync(database.journalDir).filter((f) => f.endsWith(".journal")).sort();
    const last = path.join(database.journalDir, segments.at(-1)!);
    const bytes = fs.readFileSync(last);
    bytes[bytes.length - 2] ^= 0xff; // inside "three "'s update: its checksum no longer matches
    fs.writeFileSync(last, bytes);

    server = await spawnSyncServer({ env: { ...database.env, ...NEVER_COMMIT } });
    try {
      expect(server.output()).toMatch(/"event":"journal_frame_dropped".*"reason":"checksum mismatch"/);
      expect(server.output()).toMatch(/"event":"journal_replayed".*"frames":2/);
      // Replayed into the database before the port opened, and the journal emptied.
      if (name === "postgres") {
        // (A PGlite folder belongs to the one process that has it open: checked through the server below.)
        const check = await database.open();
        const stored = new Y.Doc();
        Y.applyUpdate(stored, (await loadDocumentState({ db: check.prisma, name: documentName }))!);
        expect(stored.getText("t").toString()).toBe("one two ");
        await check.close();
      }
      const checker = connectClient(server.url, documentName, await mintToken(fixture.bob.id, documentName));
      try {
        await waitFor(() => checker.provider.synced, { what: "checker synced" });
        expect(checker.text()).toBe("one two ");
      } finally {
        checker.provider.destroy();
      }
    } finally {
      await killHard(server);
    }
  }, 120_000);
});
