// Open connections follow access changes at once, driven as people would: real
// y-websocket clients and raw sockets on a real server and database, changes
// made through the same lib functions the app's actions call. (Several nodes
// through Redis: redis-fanout.test.ts.)
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { endSession } from "../../lib/auth/server/end-session";
import { signSyncToken } from "../../lib/auth/sync-token";
import { getSqlPool } from "../../lib/db/sql-driver";
import { loadDocumentState } from "../../lib/collab/server/document-store";
import { CLOSE_CODE, MESSAGE_TYPE, READ_ONLY_REASON } from "../../lib/collab/protocol";
import { revealTags } from "../../lib/interviews/server/reveal-tags";
import { markDone } from "../../lib/interviews/server/mark-done";
import { setBlindMode } from "../../lib/interviews/server/set-blind-mode";
import { setParticipantRole } from "../../lib/interviews/server/set-participant-role";
import { setReactionLag } from "../../lib/interviews/server/set-reaction-lag";
import { getTestDatabaseTargets } from "../../lib/testing/test-databases";
import { waitFor } from "../../lib/testing/wait-for";
import { addTag, listTags } from "../../lib/tags/tags-document";
import { removeMember } from "../../lib/workspaces/server/remove-member";
import { JournaledPersistence } from "../journaled-persistence";
import { AT_ONCE, CONTEXT_CHANGED_BYTES, closeCodeWithin, contextMessages, seedAccessFixture, watchClient } from "../testing/access-fixture";
import { connectClient, fetchMetrics, mintToken, openRawSocket, SECRET, startServer, tryUpgrade } from "../testing/sync-fixture";

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

const tag = (id: string) => ({ id, code: "closed-question", step: 1, polarity: "-" as const, note: "", createdAt: 1, anchor: { kind: "time" as const, atMs: 1000 } });
/** Captured before any test spies on it. */
const originalRead = JournaledPersistence.prototype.read;
const tagIds = (doc: Y.Doc) => listTags(doc).map((t) => t.id).sort();

describe.each(getTestDatabaseTargets())("access invalidation on $name", (target) => {
  // One database per target (opening PGlite takes seconds); fresh people and interviews, and a server, per test.
  let db: Awaited<ReturnType<typeof target.open>>;
  beforeAll(async () => {
    db = await target.open();
  });
  afterAll(() => db.drop());

  async function setup() {
    const fixture = await seedAccessFixture(db.prisma);
    // The process's own bus: the lib functions below publish on it, as the app's actions do.
    const server = await startServer(db.prisma);
    cleanups.push(() => server.close());
    const url = async (userId: string, doc: string, sessionId?: string) =>
      `${server.url}/${doc}?token=${await signSyncToken({ userId, documentName: doc, sessionId }, { secret: SECRET })}`;
    /** A real y-websocket client, synced, with what it hears besides the document. */
    const client = async (userId: string, doc: string) => {
      const c = connectClient(server.url, doc, await mintToken(userId, doc));
      const heard = watchClient(c);
      cleanups.push(() => c.provider.destroy());
      await waitFor(() => c.provider.synced, { what: `${doc} synced` });
      return { ...c, heard };
    };
    const raw = async (userId: string, doc: string, sessionId?: string) => {
      const socket = await openRawSocket(await url(userId, doc, sessionId));
      cleanups.push(() => socket.socket.terminate());
      return socket;
    };
    /** What the database holds for a document, as text. */
    const storedText = async (doc: string) => {
      await server.sync.drain(); // journaled updates reach the database in group commits
      const state = await loadDocumentState({ db: db.prisma, name: doc });
      const loaded = new Y.Doc();
      if (state) Y.applyUpdate(loaded, state);
      return loaded.getText("t").toString();
    };
    return { db, ...fixture, server, url, client, raw, storedText };
  }

  it("blind tagging back on closes the buddy's connections on the interviewer's tags with 4403, and nothing reaches them after", async () => {
    const { db, ana, bo, interview, name, server, client, raw } = await setup();
    const anaTags = name("tags", ana.id);
    const mine = await client(ana.id, anaTags);
    addTag(mine.doc, tag("a1"));

    // Revealed: Bo opens Ana's tags and her new tags reach him live.
    await revealTags({ db: db.prisma, userId: ana.id, interviewId: interview.id });
    const theirs = await client(bo.id, anaTags);
    await waitFor(() => tagIds(theirs.doc).includes("a1"), { what: "Bo reads Ana's tag after the reveal" });
    addTag(mine.doc, tag("a2"));
    await waitFor(() => tagIds(theirs.doc).includes("a2"), { what: "Ana's next tag reaches Bo live" });
    // Blind tagging off: still readable, still live.
    await setBlindMode({ db: db.prisma, userId: ana.id, interviewId: interview.id, blind: false });
    const rawTheirs = await raw(bo.id, anaTags);
    addTag(mine.doc, tag("a3"));
    await waitFor(() => tagIds(theirs.doc).includes("a3"), { what: "Ana's tag reaches Bo with blind tagging off" });
    expect(theirs.heard.closes).toEqual([]);

    // Back on (a new blind round): Bo's socket and his raw one close at once with 4403.
    const closed = new Promise<number>((resolve) => theirs.provider.once("connection-close", (event) => resolve(event?.code ?? 0)));
    await setBlindMode({ db: db.prisma, userId: ana.id, interviewId: interview.id, blind: true });
    expect(await closeCodeWithin(closed)).toBe(CLOSE_CODE.accessWithdrawn);
    expect(await closeCodeWithin(rawTheirs.closed)).toBe(CLOSE_CODE.accessWithdrawn);
    expect(mine.heard.closes).toEqual([]); // Ana writes on

    // Ana's next tag is stored and served (a fresh reader of hers has it), but never reaches Bo.
    addTag(mine.doc, tag("a4"));
    const fresh = await client(ana.id, anaTags);
    expect(tagIds(fresh.doc)).toEqual(["a1", "a2", "a3", "a4"]);
    expect(tagIds(theirs.doc)).toEqual(["a1", "a2", "a3"]);
    expect(theirs.provider.wsconnected).toBe(false); // 4403 is final for y-websocket: no reconnect
    expect((await tryUpgrade(`${server.url}/${anaTags}?token=${await mintToken(bo.id, anaTags)}`)).status).toBe(403);
  });

  it("a buddy seated as observer while connected is told at once; their next update is dropped, not stored; their socket stays open", async () => {
    const { db, ana, bo, interview, name, server, client, storedText } = await setup();
    const transcript = name("transcript");
    const anas = await client(ana.id, transcript);
    const bos = await client(bo.id, transcript);
    bos.doc.getText("t").insert(0, "[bo-before]");
    await waitFor(() => anas.text().includes("[bo-before]"), { what: "the buddy writes before" });

    await setParticipantRole({ db: db.prisma, actorId: ana.id, interviewId: interview.id, userId: bo.id, role: "observer" });
    // Told before typing anything (not at his next update), once.
    await waitFor(() => bos.heard.denied.length > 0, { ...AT_ONCE, what: "the permission-denied message" });
    expect(bos.heard.denied).toEqual([READ_ONLY_REASON]);

    bos.doc.getText("t").insert(0, "[dropped]");
    await waitFor(async () => /^secondear_sync_readonly_updates_dropped_total 1$/m.test(await fetchMetrics(server.httpUrl)), {
      what: "the server dropped Bo's update",
    });
    anas.doc.getText("t").insert(0, "[kept]");
    await waitFor(() => bos.text().includes("[kept]"), { what: "Bo still reads" });
    expect(anas.text()).toBe("[kept][bo-before]");
    expect(await storedText(transcript)).toBe("[kept][bo-before]");
    const fresh = await client(ana.id, transcript);
    expect(fresh.text()).toBe("[kept][bo-before]");
    expect(bos.heard.closes).toEqual([]);
    expect(bos.provider.wsconnected).toBe(true);
    expect(bos.heard.denied).toHaveLength(1); // told once, not per dropped update
  });

  it("an observer seated as buddy is closed with 4205; the y-websocket client reconnects by itself and can then write", async () => {
    const { db, ana, cy, interview, name, client, storedText } = await setup();
    const transcript = name("transcript");
    const anas = await client(ana.id, transcript);
    const cys = await client(cy.id, transcript);

    await setParticipantRole({ db: db.prisma, actorId: ana.id, interviewId: interview.id, userId: cy.id, role: "buddy" });
    await waitFor(() => cys.heard.closes.includes(CLOSE_CODE.reconnect), { ...AT_ONCE, what: "Cy's socket closed with 4205" });
    expect(cys.heard.contexts).toBeGreaterThanOrEqual(1); // told the context changed before the close
    await waitFor(() => cys.provider.wsconnected && cys.provider.synced, { what: "Cy's client reconnected" });
    cys.doc.getText("t").insert(0, "[cy-as-buddy]");
    await waitFor(() => anas.text() === "[cy-as-buddy]", { what: "Cy's edit reaches Ana" });
    await waitFor(async () => (await storedText(transcript)) === "[cy-as-buddy]", { what: "Cy's edit stored" });
    expect(cys.heard.denied).toEqual([]);
    expect(cys.heard.closes).toEqual([CLOSE_CODE.reconnect]);
  });

  it("every open connection of the interview gets the context message (type 4, 'context-changed') once per change; other interviews' do not", async () => {
    const { db, ana, bo, cy, interview, other, name, raw } = await setup();
    const sockets = await Promise.all([
      raw(ana.id, name("transcript")),
      raw(ana.id, name("live")),
      raw(ana.id, name("tags", ana.id)),
      raw(bo.id, name("transcript")),
      raw(bo.id, name("live")),
      raw(bo.id, name("tags", bo.id)),
      raw(cy.id, name("transcript")), // read-only
      raw(cy.id, name("tags", ana.id, interview.id)).catch(() => null), // private while blind: refused
    ]);
    expect(sockets.pop()).toBeNull();
    const elsewhere = await raw(ana.id, name("transcript", undefined, other.id));
    const everyoneHas = (n: number) => () => sockets.every((s) => contextMessages(s!.received).length >= n);

    await setReactionLag({ db: db.prisma, userId: ana.id, interviewId: interview.id, reactionLagMs: 500 });
    await waitFor(everyoneHas(1), { ...AT_ONCE, what: "every connection told once" });
    await markDone({ db: db.prisma, userId: bo.id, interviewId: interview.id });
    await waitFor(everyoneHas(2), { ...AT_ONCE, what: "every connection told again" });
    for (const s of sockets) {
      expect(contextMessages(s!.received)).toEqual([CONTEXT_CHANGED_BYTES, CONTEXT_CHANGED_BYTES]);
      expect(s!.socket.readyState).toBe(s!.socket.OPEN);
    }
    // The other interview's connection heard neither change; told of its own, it gets exactly one.
    await setReactionLag({ db: db.prisma, userId: ana.id, interviewId: other.id, reactionLagMs: 500 });
    await waitFor(() => contextMessages(elsewhere.received).length > 0, { ...AT_ONCE, what: "the other interview told" });
    expect(contextMessages(elsewhere.received)).toEqual([CONTEXT_CHANGED_BYTES]);
    expect(sockets.every((s) => contextMessages(s!.received).length === 2)).toBe(true);
  });

  it("a member removed from the workspace has every open socket (transcript, live, own tags) closed with 4403; others stay", async () => {
    const { db, ana, bo, workspace, name, server, raw } = await setup();
    const bos = await Promise.all([name("transcript"), name("live"), name("tags", bo.id)].map((doc) => raw(bo.id, doc)));
    const anas = await raw(ana.id, name("transcript"));
    await removeMember({ db: db.prisma, actorId: ana.id, workspaceId: workspace.id, userId: bo.id });
    expect(await Promise.all(bos.map((s) => closeCodeWithin(s.closed)))).toEqual([4403, 4403, 4403]);
    expect(anas.socket.readyState).toBe(anas.socket.OPEN);
    await waitFor(() => contextMessages(anas.received).length > 0, { ...AT_ONCE, what: "Ana told the context changed" });
    expect(contextMessages(anas.received)).toEqual([CONTEXT_CHANGED_BYTES]);
    expect((await tryUpgrade(`${server.url}/${name("transcript")}?token=${await mintToken(bo.id, name("transcript"))}`)).status).toBe(403);
  });

  it("signing out closes that session's sockets with 4401 and refuses its tokens; another session of the same person stays", async () => {
    const { db, bo, name, url, raw } = await setup();
    const laptop = await Promise.all([raw(bo.id, name("transcript"), "laptop-session"), raw(bo.id, name("live"), "laptop-session")]);
    const phone = await raw(bo.id, name("transcript"), "phone-session");
    // What next-auth's signOut event does: a RevokedSession row, then "session ended" on the bus.
    await endSession({ db: db.prisma, sessionId: "laptop-session", userId: bo.id, expiresAt: new Date(Date.now() + 3600_000) });
    expect(await db.prisma.revokedSession.count({ where: { id: "laptop-session" } })).toBe(1);
    expect(await Promise.all(laptop.map((s) => closeCodeWithin(s.closed)))).toEqual([4401, 4401]);
    expect(phone.socket.readyState).toBe(phone.socket.OPEN);
    expect(await tryUpgrade(await url(bo.id, name("transcript"), "laptop-session"))).toMatchObject({ status: 401, body: expect.stringContaining("signed out") });
    expect((await tryUpgrade(await url(bo.id, name("transcript"), "phone-session"))).status).toBe(101);
  });

  it("two changes in quick succession: the later decision stands even when the earlier one's answer arrives last", async () => {
    const { db, ana, bo, interview, name, server, raw, storedText } = await setup();
    const transcript = name("transcript");
    const bos = await raw(bo.id, transcript);
    // Bo's first re-decision reads the database, then its answer is held back until the second one has been applied.
    const pool = getSqlPool(db.prisma);
    const query = pool.query;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    const spy = vi.spyOn(pool, "query").mockImplementation(async function (this: unknown, ...args: Parameters<typeof query>) {
      const rows = await query.apply(this, args);
      if (args[0].includes('"RevokedSession"') && args[1]?.[1] === bo.id && held++ === 0) await released;
      return rows;
    } as typeof query);
    cleanups.push(() => spy.mockRestore());

    await setParticipantRole({ db: db.prisma, actorId: ana.id, interviewId: interview.id, userId: bo.id, role: "observer" });
    await waitFor(() => held === 1, { what: "the first answer held" });
    await setParticipantRole({ db: db.prisma, actorId: ana.id, interviewId: interview.id, userId: bo.id, role: "buddy" });
    await waitFor(() => contextMessages(bos.received).length === 1, { ...AT_ONCE, what: "the second decision applied" });
    // The stale answer ("read") must not turn the connection read-only: Bo is the buddy again.
    release();
    const forged = new Y.Doc();
    forged.getText("t").insert(0, "[bo-writes]");
    const frame = encoding.createEncoder();
    encoding.writeVarUint(frame, MESSAGE_TYPE.sync);
    syncProtocol.writeUpdate(frame, Y.encodeStateAsUpdate(forged));
    // The held answer is applied (or discarded) in microtasks after the release: all done before the next macrotask.
    await new Promise((resolve) => setImmediate(resolve));
    bos.socket.send(encoding.toUint8Array(frame));
    await waitFor(async () => (await storedText(transcript)) === "[bo-writes]", { what: "Bo's update stored" });
    expect(bos.received.filter((m) => m[0] === MESSAGE_TYPE.auth)).toEqual([]);
    expect(await fetchMetrics(server.httpUrl)).not.toMatch(/^secondear_sync_readonly_updates_dropped_total [1-9]/m);
  });

  describe("an upgrade decided before a change and joined after it is decided again", () => {
    /**
     * Holds the first load of `documentName` (rooms.open, after authentication, before the
     * socket joins); `loading` resolves once the upgrade waits there.
     */
    function holdLoad(documentName: string) {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let reached!: () => void;
      const loading = new Promise<void>((resolve) => (reached = resolve));
      const spy = vi.spyOn(JournaledPersistence.prototype, "read").mockImplementation(async function (this: JournaledPersistence, name: string) {
        if (name === documentName) {
          reached();
          await released;
        }
        return originalRead.call(this, name);
      });
      cleanups.push(() => spy.mockRestore());
      return { loading, release };
    }

    it("lost read access meanwhile: closed with 4403 as it joins; a change that keeps access leaves it open", async () => {
      const { db, ana, bo, interview, name, url } = await setup();
      await setBlindMode({ db: db.prisma, userId: ana.id, interviewId: interview.id, blind: false });
      const anaTags = name("tags", ana.id);

      // Control: held over a change that keeps access, it joins, stays open and is told the context changed.
      const live = name("live");
      let hold = holdLoad(live);
      const kept = openRawSocket(await url(bo.id, live));
      await hold.loading;
      await setReactionLag({ db: db.prisma, userId: ana.id, interviewId: interview.id, reactionLagMs: 700 });
      hold.release();
      const open = await kept;
      cleanups.push(() => open.socket.terminate());
      await waitFor(() => contextMessages(open.received).length === 1, { ...AT_ONCE, what: "the held upgrade told" });
      expect(open.socket.readyState).toBe(open.socket.OPEN);

      // Held while blind tagging goes back on: decided before (allowed), joined after (withdrawn).
      hold = holdLoad(anaTags);
      const late = openRawSocket(await url(bo.id, anaTags));
      await hold.loading;
      await setBlindMode({ db: db.prisma, userId: ana.id, interviewId: interview.id, blind: true });
      hold.release();
      const joined = await late;
      cleanups.push(() => joined.socket.terminate());
      expect(await closeCodeWithin(joined.closed)).toBe(CLOSE_CODE.accessWithdrawn);
    });

    it("lost write access meanwhile: read-only as it joins (told at once, updates dropped)", async () => {
      const { db, ana, bo, interview, name, server, url, storedText } = await setup();
      const transcript = name("transcript");
      const hold = holdLoad(transcript);
      const late = openRawSocket(await url(bo.id, transcript));
      await hold.loading;
      await setParticipantRole({ db: db.prisma, actorId: ana.id, interviewId: interview.id, userId: bo.id, role: "observer" });
      hold.release();
      const joined = await late;
      cleanups.push(() => joined.socket.terminate());
      await waitFor(() => joined.received.some((m) => m[0] === 2 && m.toString().includes(READ_ONLY_REASON)), {
        ...AT_ONCE,
        what: "the permission-denied message",
      });
      const forged = new Y.Doc();
      forged.getText("t").insert(0, "[dropped]");
      const frame = encoding.createEncoder();
      encoding.writeVarUint(frame, MESSAGE_TYPE.sync);
      syncProtocol.writeUpdate(frame, Y.encodeStateAsUpdate(forged));
      joined.socket.send(encoding.toUint8Array(frame));
      await waitFor(async () => /^secondear_sync_readonly_updates_dropped_total 1$/m.test(await fetchMetrics(server.httpUrl)), {
        what: "the update dropped",
      });
      expect(await storedText(transcript)).toBe("");
      expect(joined.socket.readyState).toBe(joined.socket.OPEN);
    });

    it("signed out meanwhile: closed with 4401 as it joins", async () => {
      const { db, bo, name, url } = await setup();
      const transcript = name("transcript");
      const hold = holdLoad(transcript);
      const late = openRawSocket(await url(bo.id, transcript, "held-session"));
      await hold.loading;
      await endSession({ db: db.prisma, sessionId: "held-session", userId: bo.id, expiresAt: new Date(Date.now() + 3600_000) });
      hold.release();
      const joined = await late;
      cleanups.push(() => joined.socket.terminate());
      expect(await closeCodeWithin(joined.closed)).toBe(CLOSE_CODE.signedOut);
    });
  });
});
