// Several sync nodes sharing one database and a Redis: one client on each node,
// edits and awareness converge; one node stops, its client moves on to the
// other endpoint and nothing is lost. Needs a Redis (REDIS_URL, default
// 127.0.0.1:6379): skipped with a message where none answers, except under
// CI_REQUIRE_REDIS=1 (.ci/run), where that fails.
import { Redis } from "ioredis";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { appendDocumentUpdates, loadDocumentState } from "../lib/collab/server/document-store";
import { rotateEndpointsOnClose } from "../lib/collab/sync-endpoints";
import { isPostgresUrl, openDatabase } from "../lib/db/open-database";
import { createFreshPostgresDatabase, getTestDatabaseTargets } from "../lib/testing/test-databases";
import { waitFor } from "../lib/testing/wait-for";
import { spawnSyncServer } from "./testing/child-server";
import { channelPrefix, REDIS_URL, redisForTests } from "./testing/redis";
import { connectClient, mintToken, seedSyncFixture, startServer } from "./testing/sync-fixture";

const WAIT = { timeoutMs: 30_000 };

const { noRedis, skip } = await redisForTests("server/redis.test.ts");

interface Node {
  url: string;
  /** Takes the node away (SIGKILL for a process, close for an in-process server). */
  stop(): Promise<void>;
}

type Client = ReturnType<typeof connectClient>;

function connectWithFailover(endpoints: string[], documentName: string, token: string): Client {
  const client = connectClient(endpoints[0], documentName, token);
  rotateEndpointsOnClose(client.provider, endpoints);
  return client;
}

function userOf(client: Client, other: Client): string | undefined {
  const state = client.provider.awareness.getStates().get(other.doc.clientID) as { user?: { name?: string } } | undefined;
  return state?.user?.name;
}

/** The scenario, whatever runs the nodes: converge, stop node A, lose nothing. */
async function twoNodesScenario(options: {
  nodes: [Node, Node];
  documentName: string;
  tokens: [string, string];
  readStored(): Promise<Uint8Array | null>;
}): Promise<void> {
  const [a, b] = options.nodes;
  const alice = connectWithFailover([a.url, b.url], options.documentName, options.tokens[0]);
  alice.provider.awareness.setLocalStateField("user", { name: "alice" });
  const clients = [alice];
  try {
    await waitFor(() => alice.provider.synced, { ...WAIT, what: "alice synced on node A" });
    // Node B loads the document after Alice's presence was set: it asks the other nodes for theirs
    // (without that, Bob would see her only at her next renewal, 15 s on).
    const bob = connectWithFailover([b.url, a.url], options.documentName, options.tokens[1]);
    clients.push(bob);
    await waitFor(() => bob.provider.synced, { ...WAIT, what: "bob synced on node B" });
    await waitFor(() => userOf(bob, alice) === "alice", { timeoutMs: 10_000, what: "bob sees alice's presence from node A" });

    // Text edits on either node reach the other node's client.
    alice.doc.getText("t").insert(0, "[alice-1]");
    bob.doc.getText("t").insert(0, "[bob-1]");
    await waitFor(
      () => alice.text() === bob.text() && alice.text().includes("[alice-1]") && alice.text().includes("[bob-1]"),
      { ...WAIT, what: "edits converged across nodes" },
    );

    // Awareness changes too, both ways.
    alice.provider.awareness.setLocalStateField("user", { name: "alice" });
    bob.provider.awareness.setLocalStateField("user", { name: "bob" });
    await waitFor(() => userOf(alice, bob) === "bob" && userOf(bob, alice) === "alice", {
      ...WAIT,
      what: "awareness converged across nodes",
    });

    // Node A goes away right after an edit; more is typed while it is gone.
    alice.doc.getText("t").insert(0, "[alice-before-stop]");
    await a.stop();
    alice.doc.getText("t").insert(0, "[alice-while-down]");
    bob.doc.getText("t").insert(0, "[bob-while-a-down]");

    const marks = ["[alice-1]", "[bob-1]", "[alice-before-stop]", "[alice-while-down]", "[bob-while-a-down]"];
    const hasAll = (text: string) => marks.every((mark) => text.includes(mark));
    await waitFor(() => alice.provider.wsconnected && alice.provider.serverUrl === b.url, {
      ...WAIT,
      what: "alice's client moved on to node B",
    });
    await waitFor(() => alice.text() === bob.text() && hasAll(alice.text()), {
      ...WAIT,
      what: "both clients have every edit after failover",
    });
    // Her presence is back at once too, not at her next renewal (the removal when node A closed her
    // socket carries a newer clock than the state her client resends: server/revive-awareness.ts).
    await waitFor(() => userOf(bob, alice) === "alice", { timeoutMs: 5_000, what: "bob sees alice's presence again after failover" });

    // And what the clients have is what the database holds.
    const expected = alice.text();
    await waitFor(
      async () => {
        const state = await options.readStored();
        if (!state) return false;
        const stored = new Y.Doc();
        Y.applyUpdate(stored, state);
        return stored.getText("t").toString() === expected;
      },
      { ...WAIT, what: "the database holds everything the clients have" },
    );
    expect(hasAll(expected)).toBe(true);
  } finally {
    clients.forEach((client) => client.provider.destroy());
  }
}

describe.skipIf(skip)("several sync nodes through Redis", () => {
  it("Redis answers", () => {
    expect(noRedis, `no Redis answers at ${REDIS_URL} and CI_REQUIRE_REDIS=1`).toBeNull();
  });

  it("two in-process nodes on one PGlite database, each with its own Redis connections", async () => {
    expect(noRedis).toBeNull(); // CI_REQUIRE_REDIS=1 with no Redis: fail fast
    const target = getTestDatabaseTargets().find((t) => t.name === "pglite");
    if (!target) throw new Error("no PGlite target");
    const db = await target.open();
    const redis = { url: REDIS_URL, channelPrefix: channelPrefix() };
    const servers = [await startServer(db.prisma, { redis }), await startServer(db.prisma, { redis })];
    const stopped = new Set<number>();
    const stop = async (i: number) => {
      if (stopped.has(i)) return;
      stopped.add(i);
      await servers[i].close();
    };
    try {
      const fixture = await seedSyncFixture(db.prisma);
      await twoNodesScenario({
        nodes: [
          { url: servers[0].url, stop: () => stop(0) },
          { url: servers[1].url, stop: () => stop(1) },
        ],
        documentName: fixture.documentName,
        tokens: [await mintToken(fixture.alice.id, fixture.documentName), await mintToken(fixture.bob.id, fixture.documentName)],
        readStored: () => loadDocumentState({ db: db.prisma, name: fixture.documentName }),
      });
    } finally {
      await stop(0);
      await stop(1);
      await db.drop();
    }
  }, 120_000);

  it("a node that lost Redis for a moment catches up from the database", async () => {
    expect(noRedis).toBeNull();
    const target = getTestDatabaseTargets().find((t) => t.name === "pglite");
    if (!target) throw new Error("no PGlite target");
    const db = await target.open();
    const redis = { url: REDIS_URL, channelPrefix: channelPrefix() };
    const servers = [await startServer(db.prisma, { redis }), await startServer(db.prisma, { redis })];
    const admin = new Redis(REDIS_URL);
    const clients: Client[] = [];
    try {
      const fixture = await seedSyncFixture(db.prisma);
      for (const [i, user] of [fixture.alice, fixture.bob].entries()) {
        clients.push(connectClient(servers[i].url, fixture.documentName, await mintToken(user.id, fixture.documentName)));
      }
      await waitFor(() => clients.every((c) => c.provider.synced), { ...WAIT, what: "clients synced" });
      // Another node stored this and published it while these two were cut off from Redis: they never hear it.
      const writer = new Y.Doc();
      Y.applyUpdate(writer, Y.encodeStateAsUpdate(clients[0].doc));
      const before = Y.encodeStateVector(writer);
      writer.getText("t").insert(0, "[stored-while-redis-away]");
      await appendDocumentUpdates({ db: db.prisma, updates: [{ name: fixture.documentName, update: Y.encodeStateAsUpdate(writer, before) }] });
      const list = (await admin.call("CLIENT", "LIST")) as string;
      const subscribers = list.split("\n").filter((line) => line.includes(` name=${redis.channelPrefix}:`) && line.includes(":sub "));
      expect(subscribers).toHaveLength(2);
      for (const line of subscribers) await admin.call("CLIENT", "KILL", "ID", /\bid=(\d+)/.exec(line)![1]);
      await waitFor(() => clients.every((c) => c.text().includes("[stored-while-redis-away]")), {
        ...WAIT,
        what: "both nodes reloaded what was stored while they were away",
      });
    } finally {
      clients.forEach((c) => c.provider.destroy());
      admin.disconnect();
      await Promise.all(servers.map((s) => s.close()));
      await db.drop();
    }
  }, 120_000);

  const adminUrl = process.env.DATABASE_URL;
  if (isPostgresUrl(adminUrl)) {
    it("two sync-server processes on one PostgreSQL database; SIGKILL one, its client moves on", async () => {
      expect(noRedis).toBeNull();
      const fresh = await createFreshPostgresDatabase(adminUrl);
      const db = await openDatabase({ url: fresh.url });
      const env = { DATABASE_URL: fresh.url, REDIS_URL, REDIS_CHANNEL_PREFIX: channelPrefix() };
      const children = await Promise.all([spawnSyncServer({ env }), spawnSyncServer({ env })]);
      const kill = async (i: number) => {
        children[i].child.kill("SIGKILL");
        await children[i].exited;
      };
      try {
        const fixture = await seedSyncFixture(db.prisma);
        await twoNodesScenario({
          nodes: [
            { url: children[0].url, stop: () => kill(0) },
            { url: children[1].url, stop: () => kill(1) },
          ],
          documentName: fixture.documentName,
          tokens: [await mintToken(fixture.alice.id, fixture.documentName), await mintToken(fixture.bob.id, fixture.documentName)],
          readStored: () => loadDocumentState({ db: db.prisma, name: fixture.documentName }),
        });
      } catch (error) {
        throw new Error(`${String(error)}\nnode A:\n${children[0].output()}\nnode B:\n${children[1].output()}`);
      } finally {
        await Promise.all([kill(0), kill(1)]);
        await db.close();
        await fresh.drop();
      }
    }, 180_000);
  }
});
