// Access events between nodes through a real Redis: a change made through node A
// (this process's bus, which the lib functions publish on) re-decides the
// connections on node B (a bus of its own, so it can only hear it through
// Redis). Node C has its own bus and no Redis: the negative control, it hears
// nothing until told on its own bus. Skipped where no Redis answers, except
// under CI_REQUIRE_REDIS=1 (server/testing/redis.ts).
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import * as Y from "yjs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadDocumentState } from "../../lib/collab/server/document-store";
import { CLOSE_CODE, READ_ONLY_REASON } from "../../lib/collab/protocol";
import { AccessEventBus } from "../../lib/interviews/access-events";
import { setBlindMode } from "../../lib/interviews/server/set-blind-mode";
import { setParticipantRole } from "../../lib/interviews/server/set-participant-role";
import { getTestDatabaseTargets } from "../../lib/testing/test-databases";
import { waitFor } from "../../lib/testing/wait-for";
import { addTag, listTags } from "../../lib/tags/tags-document";
import { AT_ONCE, CONTEXT_CHANGED_BYTES, contextMessages, seedAccessFixture, watchClient } from "../testing/access-fixture";
import { channelPrefix, REDIS_URL, redisForTests } from "../testing/redis";
import { connectClient, fetchMetrics, mintToken, openRawSocket, startServer } from "../testing/sync-fixture";

const { noRedis, skip } = await redisForTests("server/extensions/redis-fanout.test.ts");

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

const tag = { id: "a1", code: "closed-question", step: 1, polarity: "-" as const, note: "", createdAt: 1, anchor: { kind: "time" as const, atMs: 1000 } };

describe.skipIf(skip).each(getTestDatabaseTargets())("access events across nodes through Redis on $name", (target) => {
  let db: Awaited<ReturnType<typeof target.open>>;
  beforeAll(async () => {
    db = await target.open();
  });
  afterAll(() => db?.drop());

  async function setup() {
    expect(noRedis, `no Redis answers at ${REDIS_URL} and CI_REQUIRE_REDIS=1`).toBeNull();
    const fixture = await seedAccessFixture(db.prisma);
    const redis = { url: REDIS_URL, channelPrefix: channelPrefix() };
    const busC = new AccessEventBus();
    const a = await startServer(db.prisma, { redis });
    const b = await startServer(db.prisma, { redis, events: new AccessEventBus() });
    const c = await startServer(db.prisma, { events: busC });
    cleanups.push(() => a.close(), () => b.close(), () => c.close());
    const client = async (node: { url: string }, userId: string, doc: string) => {
      const connected = connectClient(node.url, doc, await mintToken(userId, doc));
      const heard = watchClient(connected);
      cleanups.push(() => connected.provider.destroy());
      await waitFor(() => connected.provider.synced, { what: `${doc} synced` });
      return { ...connected, heard };
    };
    /** Every message on the deployment's access channel, as another subscriber sees it. */
    const listen = async () => {
      const subscriber = new Redis(REDIS_URL);
      cleanups.push(() => void subscriber.disconnect());
      const messages: Buffer[] = [];
      subscriber.on("messageBuffer", (_channel: Buffer, message: Buffer) => messages.push(message));
      await subscriber.subscribe(`${redis.channelPrefix}:access`);
      return messages;
    };
    return { ...fixture, redis, a, b, c, busC, client, listen };
  }

  it("blind tagging back on through node A closes the buddy's connection on node B with 4403; node C (no Redis) does not hear it", async () => {
    const { ana, bo, interview, name, a, b, c, busC, client, listen } = await setup();
    await setBlindMode({ db: db.prisma, userId: ana.id, interviewId: interview.id, blind: false });
    const anaTags = name("tags", ana.id);
    const mine = await client(a, ana.id, anaTags);
    addTag(mine.doc, tag);
    const onB = await client(b, bo.id, anaTags);
    const onC = await client(c, bo.id, anaTags);
    await waitFor(() => listTags(onB.doc).length === 1, { what: "Bo on node B reads Ana's tag from node A" });
    const relayed = await listen();

    await setBlindMode({ db: db.prisma, userId: ana.id, interviewId: interview.id, blind: true });
    await waitFor(() => onB.heard.closes.includes(CLOSE_CODE.accessWithdrawn), { ...AT_ONCE, what: "node B closed Bo's socket with 4403" });
    // Node A published the event once; node B did not send it round again.
    await waitFor(() => relayed.length > 0, { what: "the event on the access channel" });
    expect(relayed).toHaveLength(1);

    // Without the relay: node C's connection is untouched (no close, no context message)…
    expect(onC.heard).toEqual({ closes: [], denied: [], contexts: 0 });
    expect(onC.provider.wsconnected).toBe(true);
    // …and it is only the relay that was missing: told on its own bus, node C closes it too.
    busC.publish({ type: "interview-changed", interviewId: interview.id });
    await waitFor(() => onC.heard.closes.includes(CLOSE_CODE.accessWithdrawn), { ...AT_ONCE, what: "node C closed Bo's socket once told" });
    expect(relayed).toHaveLength(1);
  });

  it("the buddy seated as observer through node A is made read-only on node B at once; node C (no Redis) keeps it writable", async () => {
    const { ana, bo, interview, name, a, b, c, busC, client } = await setup();
    const transcript = name("transcript");
    const anas = await client(a, ana.id, transcript);
    const onB = await client(b, bo.id, transcript);
    const onC = await client(c, bo.id, transcript);

    await setParticipantRole({ db: db.prisma, actorId: ana.id, interviewId: interview.id, userId: bo.id, role: "observer" });
    await waitFor(() => onB.heard.denied.length > 0, { ...AT_ONCE, what: "node B told Bo his transcript is read-only" });
    expect(onB.heard.denied).toEqual([READ_ONLY_REASON]);
    onB.doc.getText("t").insert(0, "[dropped]");
    await waitFor(async () => /^secondear_sync_readonly_updates_dropped_total 1$/m.test(await fetchMetrics(b.httpUrl)), {
      what: "node B dropped Bo's update",
    });
    anas.doc.getText("t").insert(0, "[kept]");
    await waitFor(() => onB.text().includes("[kept]"), { what: "Bo on node B still reads Ana's edits" });
    await Promise.all([a, b, c].map((node) => node.sync.drain())); // journaled updates reach the database in group commits
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await loadDocumentState({ db: db.prisma, name: transcript }))!);
    expect(stored.getText("t").toString()).toBe("[kept]");
    expect(anas.text()).toBe("[kept]");
    expect(onB.heard.closes).toEqual([]);

    // Node C never heard: no permission-denied, no context message; told on its own bus, it downgrades too.
    expect(onC.heard).toEqual({ closes: [], denied: [], contexts: 0 });
    busC.publish({ type: "interview-changed", interviewId: interview.id });
    await waitFor(() => onC.heard.denied.length > 0, { ...AT_ONCE, what: "node C made Bo read-only once told" });
  });

  it("only well-formed events from other nodes are believed", async () => {
    const { ana, interview, name, redis, b } = await setup();
    const socket = await openRawSocket(`${b.url}/${name("transcript")}?token=${await mintToken(ana.id, name("transcript"))}`);
    cleanups.push(() => socket.socket.terminate());
    const publisher = new Redis(REDIS_URL);
    cleanups.push(() => void publisher.disconnect());
    // A message on the access channel: kind 4 (event), another node's 8-byte id, the JSON event.
    const send = (payload: string) =>
      publisher.publish(`${redis.channelPrefix}:access`, Buffer.concat([Buffer.from([4]), randomBytes(8), Buffer.from(payload)]));
    await send("not json");
    await send(JSON.stringify({ type: "interview-changed", interviewId: 42 }));
    await send(JSON.stringify({ type: "something-else", interviewId: interview.id }));
    await send(JSON.stringify({ type: "interview-changed", interviewId: interview.id }));
    // Redis delivers in order: once the good one is handled, the bad ones before it were dropped.
    await waitFor(() => contextMessages(socket.received).length > 0, { ...AT_ONCE, what: "the well-formed event heard" });
    expect(contextMessages(socket.received)).toEqual([CONTEXT_CHANGED_BYTES]);
    expect(socket.socket.readyState).toBe(socket.socket.OPEN);
  });
});
