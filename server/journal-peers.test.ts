// Several nodes with journals: node A has an update journaled and relayed but not
// committed (a commit interval far longer than the test); node B, loading the
// document from the database then, would serve it without that update. It asks
// the nodes that have the document loaded (server/ask-peers.ts) before serving.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { loadDocumentState } from "../lib/collab/server/document-store";
import { isPostgresUrl, openDatabase, type Database } from "../lib/db/open-database";
import { createFreshPostgresDatabase, getTestDatabaseTargets } from "../lib/testing/test-databases";
import { waitFor } from "../lib/testing/wait-for";
import { killHard, spawnSyncServer } from "./testing/child-server";
import { channelPrefix, REDIS_URL, redisForTests } from "./testing/redis";
import { connectClient, mintToken, seedSyncFixture, startServer } from "./testing/sync-fixture";

const { noRedis, skip } = await redisForTests("server/journal-peers.test.ts");
const NEVER_COMMIT_MS = 600_000;

async function storedText(db: Database, name: string): Promise<string> {
  const doc = new Y.Doc();
  const state = await loadDocumentState({ db: db.prisma, name });
  if (state) Y.applyUpdate(doc, state);
  return doc.getText("t").toString();
}

/** Alice and Carol on node A, then Bob on node B, which loads the document only now. */
async function scenario(options: { db: Database; urls: [string, string] }) {
  const fixture = await seedSyncFixture(options.db.prisma);
  const name = fixture.documentName;
  const token = (user: { id: string }) => mintToken(user.id, name);
  const alice = connectClient(options.urls[0], name, await token(fixture.alice));
  const carol = connectClient(options.urls[0], name, await token(fixture.bob));
  const clients = [alice, carol];
  try {
    await waitFor(() => alice.provider.synced && carol.provider.synced, { what: "alice and carol synced on node A" });
    alice.doc.getText("t").insert(0, "journaled on A");
    await waitFor(() => carol.text() === "journaled on A", { what: "node A relayed it (so journaled it)" });
    expect(await storedText(options.db, name), "the window is real: not in the database yet").toBe("");

    const bob = connectClient(options.urls[1], name, await token(fixture.bob));
    clients.push(bob);
    await waitFor(() => bob.provider.synced, { what: "bob synced on node B" });
    // Served with it at once: it came from node A's answer, not from a later update.
    expect(bob.text()).toBe("journaled on A");
  } finally {
    clients.forEach((c) => c.provider.destroy());
  }
}

describe.skipIf(skip)("a node loading a document asks the others for what they journaled", () => {
  it("Redis answers", () => {
    expect(noRedis, `no Redis answers at ${REDIS_URL} and CI_REQUIRE_REDIS=1`).toBeNull();
  });

  it("two in-process nodes on one PGlite database", async () => {
    const target = getTestDatabaseTargets().find((t) => t.name === "pglite")!;
    const db = await target.open();
    const redis = { url: REDIS_URL, channelPrefix: channelPrefix() };
    const dirs = [0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), "secondear-peers-")));
    const nodes = await Promise.all(
      dirs.map((dir) => startServer(db.prisma, { redis, journal: { dir, fsync: "off", commitIntervalMs: NEVER_COMMIT_MS, commitMaxFrames: 1e6 } })),
    );
    try {
      await scenario({ db, urls: [nodes[0].url, nodes[1].url] });
    } finally {
      await Promise.all(nodes.map((n) => n.close()));
      dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
      await db.drop();
    }
  }, 120_000);

  const adminUrl = process.env.DATABASE_URL;
  if (isPostgresUrl(adminUrl)) {
    it("two sync-server processes on one PostgreSQL database", async () => {
      const fresh = await createFreshPostgresDatabase(adminUrl);
      const db = await openDatabase({ url: fresh.url });
      const env = {
        DATABASE_URL: fresh.url,
        REDIS_URL,
        REDIS_CHANNEL_PREFIX: channelPrefix(),
        SYNC_JOURNAL_COMMIT_MS: String(NEVER_COMMIT_MS),
        SYNC_JOURNAL_COMMIT_FRAMES: "1000000",
      };
      const children = await Promise.all([spawnSyncServer({ env }), spawnSyncServer({ env })]);
      try {
        await scenario({ db, urls: [children[0].url, children[1].url] });
      } catch (error) {
        throw new Error(`${String(error)}\nnode A:\n${children[0].output()}\nnode B:\n${children[1].output()}`);
      } finally {
        await Promise.all(children.map(killHard));
        await db.close();
        await fresh.drop();
      }
    }, 120_000);
  }
});
