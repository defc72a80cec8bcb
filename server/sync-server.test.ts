import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { afterEach, describe, expect, it } from "vitest";
import { getTestDatabaseTargets } from "../lib/testing/test-databases";
import { waitFor } from "../lib/testing/wait-for";
import { MESSAGE_TYPE } from "../lib/collab/protocol";
import { connectClient, mintToken, openRawSocket, seedSyncFixture, startServer, tryUpgrade } from "./testing/sync-fixture";

/** The client ids an awareness message carries. */
function awarenessClients(message: Uint8Array): number[] {
  const decoder = decoding.createDecoder(message);
  decoding.readVarUint(decoder);
  const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
  return Array.from({ length: decoding.readVarUint(update) }, () => {
    const id = decoding.readVarUint(update);
    decoding.readVarUint(update);
    decoding.readVarString(update);
    return id;
  });
}

type Cleanup = () => Promise<void> | void;
let cleanups: Cleanup[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

describe.each(getTestDatabaseTargets())("sync server on $name", (target) => {
  async function setup() {
    const db = await target.open();
    cleanups.push(() => db.drop());
    const fixture = await seedSyncFixture(db.prisma);
    let server = await startServer(db.prisma);
    cleanups.push(() => server.close());
    return {
      db,
      fixture,
      get server() {
        return server;
      },
      async restart() {
        await server.close();
        server = await startServer(db.prisma);
      },
    };
  }

  function client(url: string, documentName: string, token: string) {
    const c = connectClient(url, documentName, token);
    cleanups.push(() => c.provider.destroy());
    return c;
  }

  it("two members edit one document concurrently and converge; a restart loses nothing", async () => {
    const ctx = await setup();
    const { fixture, server } = ctx;
    const { documentName } = fixture;
    const a = client(server.url, documentName, await mintToken(fixture.alice.id, documentName));
    const b = client(server.url, documentName, await mintToken(fixture.bob.id, documentName));
    await waitFor(() => a.provider.synced && b.provider.synced, { what: "both synced" });

    // Concurrent edits: neither has seen the other's when typing.
    a.doc.getText("t").insert(0, "Tell me about your last trip. ");
    b.doc.getText("t").insert(0, "We booked it all ourselves. ");
    await waitFor(() => a.text() === b.text() && a.text().length > 50, { what: "convergence" });
    const merged = a.text();
    expect(merged).toContain("Tell me about your last trip.");
    expect(merged).toContain("We booked it all ourselves.");

    a.provider.destroy();
    b.provider.destroy();
    await ctx.restart();
    const c = client(ctx.server.url, documentName, await mintToken(fixture.alice.id, documentName));
    await waitFor(() => c.provider.synced, { what: "synced after restart" });
    expect(c.text()).toBe(merged);
  });

  it("relays awareness (who is here, where their caret is)", async () => {
    const { fixture, server } = await setup();
    const { documentName } = fixture;
    const a = client(server.url, documentName, await mintToken(fixture.alice.id, documentName));
    const b = client(server.url, documentName, await mintToken(fixture.bob.id, documentName));
    a.provider.awareness.setLocalStateField("user", { name: "alice", color: "#d9480f" });
    await waitFor(
      () => [...b.provider.awareness.getStates().values()].some((s) => s.user?.name === "alice"),
      { what: "bob sees alice" },
    );

    // A raw client's own state is relayed to others but not echoed back to it.
    const raw = await openRawSocket(`${server.url}/${documentName}?token=${await mintToken(fixture.alice.id, documentName)}`);
    cleanups.push(() => raw.socket.terminate());
    const own = new awarenessProtocol.Awareness(new Y.Doc());
    own.setLocalState({ user: { name: "raw alice" } });
    const update = encoding.createEncoder();
    encoding.writeVarUint(update, MESSAGE_TYPE.awareness);
    encoding.writeVarUint8Array(update, awarenessProtocol.encodeAwarenessUpdate(own, [own.clientID]));
    raw.socket.send(encoding.toUint8Array(update));
    // Then a sync step 1: the server answers on the same socket after handling the awareness, so any echo comes first.
    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, MESSAGE_TYPE.sync);
    syncProtocol.writeSyncStep1(step1, new Y.Doc());
    raw.socket.send(encoding.toUint8Array(step1));
    await waitFor(() => b.provider.awareness.getStates().get(own.clientID)?.user?.name === "raw alice", { what: "bob sees raw alice" });
    await waitFor(() => raw.received.some((m) => m[0] === MESSAGE_TYPE.sync && m[1] === syncProtocol.messageYjsSyncStep2), {
      what: "the answer to sync step 1",
    });
    const echoed = raw.received.filter((m) => m[0] === MESSAGE_TYPE.awareness).flatMap((m) => awarenessClients(m));
    expect(echoed).toContain(a.provider.awareness.clientID);
    expect(echoed).not.toContain(own.clientID);
  });

  it("shows a member again as soon as they reconnect, not at their next awareness renewal", async () => {
    const { fixture, server } = await setup();
    const { documentName } = fixture;
    const a = client(server.url, documentName, await mintToken(fixture.alice.id, documentName));
    const b = client(server.url, documentName, await mintToken(fixture.bob.id, documentName));
    const bobSeesAlice = () => b.provider.awareness.getStates().get(a.provider.awareness.clientID)?.user?.name === "alice";
    a.provider.awareness.setLocalStateField("user", { name: "alice" });
    await waitFor(bobSeesAlice, { what: "bob sees alice" });

    // A network blip: the server tells Bob she left; her client comes back with the same state and clock.
    a.provider.disconnect();
    await waitFor(() => !bobSeesAlice(), { what: "bob sees alice leave" });
    a.provider.connect();
    // Renewal would bring her back after up to 15 s; a reconnect must not wait for it.
    await waitFor(bobSeesAlice, { timeoutMs: 3_000, what: "bob sees alice again after her reconnect" });
    // And what she changes next reaches Bob (her client learnt the clock the server moved on to).
    a.provider.awareness.setLocalStateField("cursor", { at: 7 });
    await waitFor(() => b.provider.awareness.getStates().get(a.provider.awareness.clientID)?.cursor?.at === 7, {
      timeoutMs: 3_000,
      what: "bob sees alice's next caret move",
    });
  });

  it("refuses upgrades without a valid token for this document, by a member, before accepting the socket", async () => {
    const { fixture, server } = await setup();
    const { documentName, otherDocumentName } = fixture;
    const base = `${server.url}/${documentName}`;
    const good = await mintToken(fixture.alice.id, documentName);

    expect(await tryUpgrade(base)).toMatchObject({ status: 401, body: expect.stringContaining("Missing") });
    expect((await tryUpgrade(`${base}?token=forged.token.value`)).status).toBe(401);
    const [header, payload] = good.split(".");
    expect((await tryUpgrade(`${base}?token=${header}.${payload}.${"A".repeat(43)}`)).status).toBe(401);
    const expired = await mintToken(fixture.alice.id, documentName, { ttlSeconds: 60, now: Date.now() - 3_600_000 });
    expect((await tryUpgrade(`${base}?token=${expired}`)).status).toBe(401);
    const forOther = await mintToken(fixture.alice.id, otherDocumentName);
    expect(await tryUpgrade(`${base}?token=${forOther}`)).toMatchObject({ status: 403, body: expect.stringContaining("another document") });
    const outsider = await mintToken(fixture.mallory.id, documentName);
    expect(await tryUpgrade(`${base}?token=${outsider}`)).toMatchObject({ status: 403, body: expect.stringContaining("Not a member") });
    expect((await tryUpgrade(`${server.url}/not-a-document?token=${good}`)).status).toBe(400);
    expect((await tryUpgrade(`${server.url.replace("/sync", "/elsewhere")}/${documentName}?token=${good}`)).status).toBe(404);
    const gone = "interview:cmissing0000000000000000:transcript";
    expect((await tryUpgrade(`${server.url}/${gone}?token=${await mintToken(fixture.alice.id, gone)}`)).status).toBe(404);
    expect((await tryUpgrade(`${base}?token=${good}`)).status).toBe(101);
  });

  it("closes a connection that sends garbage and keeps the document intact for everyone else", async () => {
    const { fixture, server } = await setup();
    const { documentName } = fixture;
    const a = client(server.url, documentName, await mintToken(fixture.alice.id, documentName));
    await waitFor(() => a.provider.synced);
    a.doc.getText("t").insert(0, "kept");
    const raw = new WebSocket(`${server.url}/${documentName}?token=${await mintToken(fixture.bob.id, documentName)}`);
    cleanups.push(() => raw.terminate());
    const closed = new Promise<number>((resolve) => raw.on("close", (code) => resolve(code)));
    await new Promise((resolve) => raw.on("open", resolve));
    raw.send(Buffer.from([0, 2, 200, 1, 2, 3, 255, 255]));
    expect(await closed).toBe(4400);
    const b = client(server.url, documentName, await mintToken(fixture.bob.id, documentName));
    await waitFor(() => b.text() === "kept", { what: "document intact" });
  });
});
