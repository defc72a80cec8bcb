import fc from "fast-check";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { formatDocumentName } from "../lib/collab/document-name";
import { CLOSE_CODE, MESSAGE_TYPE } from "../lib/collab/protocol";
import { getTestDatabaseTargets } from "../lib/testing/test-databases";
import { waitFor } from "../lib/testing/wait-for";
import {
  connectClient,
  fetchMetrics,
  mintToken,
  openRawSocket,
  seedSyncFixture,
  startServer,
  tryUpgrade,
} from "./testing/sync-fixture";

// Refusals do not depend on the database, so one PGlite serves the whole file.
const target = getTestDatabaseTargets()[0];
type Db = Awaited<ReturnType<typeof target.open>>;
let db: Db;
let fixture: Awaited<ReturnType<typeof seedSyncFixture>>;
let cleanups: (() => unknown)[] = [];
let documentName: string; // a fresh interview per test

beforeAll(async () => {
  db = await target.open();
  fixture = await seedSyncFixture(db.prisma);
});
afterAll(() => db.drop());
beforeEach(async () => {
  const interview = await db.prisma.interview.create({
    data: { workspaceId: fixture.interview.workspaceId, title: "Hostile", createdById: fixture.alice.id },
  });
  documentName = formatDocumentName({ interviewId: interview.id, kind: "transcript" });
});
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function server(options: Parameters<typeof startServer>[1] = {}) {
  const s = await startServer(db.prisma, options);
  cleanups.push(() => s.close());
  return s;
}
async function urlFor(s: { url: string }, user = fixture.alice) {
  return `${s.url}/${documentName}?token=${await mintToken(user.id, documentName)}`;
}
function client(s: { url: string }, token: string) {
  const c = connectClient(s.url, documentName, token);
  cleanups.push(() => c.provider.destroy());
  return c;
}
/** A second member's fresh view of the document: proves the server still serves it. */
async function freshText(s: { url: string }): Promise<string> {
  const c = connectClient(s.url, documentName, await mintToken(fixture.bob.id, documentName));
  try {
    await waitFor(() => c.provider.synced, { what: "fresh client synced", timeoutMs: 20_000 });
    return c.text();
  } finally {
    c.provider.destroy();
  }
}
async function seedText(s: { url: string }, text: string) {
  const a = client(s, await mintToken(fixture.alice.id, documentName));
  await waitFor(() => a.provider.synced, { what: "alice synced", timeoutMs: 20_000 });
  a.doc.getText("t").insert(0, text);
  await waitFor(async () => (await freshText(s)).includes(text), { what: "text stored", timeoutMs: 20_000 });
  return a;
}

describe("hostile and broken input", () => {
  it("refuses an Origin from another site with 403 before accepting; same-host and Origin-less clients pass", async () => {
    const s = await server();
    const url = await urlFor(s);
    const host = new URL(s.url).host;
    expect(await tryUpgrade(url, { Origin: "https://evil.example" })).toMatchObject({
      status: 403,
      body: expect.stringContaining("Origin not allowed"),
    });
    expect((await tryUpgrade(url, { Origin: "null" })).status).toBe(403);
    expect((await tryUpgrade(url, { Origin: `http://${host.replace("127.0.0.1", "localhost")}` })).status).toBe(403);
    expect((await tryUpgrade(url, { Origin: `http://${host}` })).status).toBe(101);
    expect((await tryUpgrade(url)).status).toBe(101); // non-browser client: no Origin header
    expect(await fetchMetrics(s.httpUrl)).toMatch(/secondear_sync_refused_total\{reason="forbidden_origin"\} 3/);
  });

  it("with SYNC_ALLOWED_ORIGINS, only the listed origins pass", async () => {
    const s = await server({ allowedOrigins: ["https://app.example.com", "http://localhost:3000/"] });
    const url = await urlFor(s);
    expect((await tryUpgrade(url, { Origin: "https://app.example.com" })).status).toBe(101);
    expect((await tryUpgrade(url, { Origin: "http://localhost:3000" })).status).toBe(101);
    expect((await tryUpgrade(url, { Origin: "https://app.example.com.evil.example" })).status).toBe(403);
    expect((await tryUpgrade(url, { Origin: `http://${new URL(s.url).host}` })).status).toBe(403);
  });

  it("closes a connection that sends a frame over the size limit with 1009; frames within it are served", async () => {
    const s = await server({ limits: { maxFrameBytes: 4096 } });
    await seedText(s, "kept");
    const ok = await openRawSocket(await urlFor(s));
    cleanups.push(() => ok.socket.terminate());
    const probe = Buffer.alloc(4000); // an awareness query padded with trailing bytes the server ignores
    probe[0] = 3;
    ok.socket.send(probe);
    await waitFor(() => ok.received.some((m) => m[0] === MESSAGE_TYPE.awareness), { what: "answer within the limit" });

    const big = await openRawSocket(await urlFor(s));
    cleanups.push(() => big.socket.terminate());
    big.socket.send(Buffer.alloc(4097, 0));
    expect(await big.closed).toBe(CLOSE_CODE.messageTooBig);
    expect(ok.socket.readyState).toBe(ok.socket.OPEN);
    expect(await freshText(s)).toBe("kept");
    expect(await fetchMetrics(s.httpUrl)).toMatch(/secondear_sync_closed_total\{reason="too_big"\} 1/);
  });

  it("answers a flood of upgrade attempts from one IP with 429, whatever their tokens", async () => {
    const s = await server({ limits: { upgradesPerMinute: 5 } });
    const url = await urlFor(s);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await tryUpgrade(`${s.url}/${documentName}`)).status);
    statuses.push((await tryUpgrade(url)).status);
    for (let i = 0; i < 3; i++) statuses.push((await tryUpgrade(url)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 101, 429, 429, 429]);
    expect(await fetchMetrics(s.httpUrl)).toMatch(/secondear_sync_refused_total\{reason="rate_limited"\} 3/);
  });

  it("behind a trusted proxy, counts upgrade attempts per forwarded client, not per proxy", async () => {
    const s = await server({ limits: { upgradesPerMinute: 2 }, trustedProxies: ["loopback"] });
    const from = (ip: string) => tryUpgrade(`${s.url}/${documentName}`, { "X-Forwarded-For": ip }).then((r) => r.status);
    const statuses = [await from("203.0.113.9"), await from("203.0.113.9"), await from("203.0.113.9"), await from("198.51.100.7")];
    expect(statuses).toEqual([401, 401, 429, 401]);
  });

  it("closes a connection that floods messages with 4429; other members and the document are unharmed", async () => {
    const s = await server({ limits: { messagesPer10s: 50 } });
    const a = await seedText(s, "kept");
    const flood = await openRawSocket(await urlFor(s, fixture.bob));
    cleanups.push(() => flood.socket.terminate());
    for (let i = 0; i < 500; i++) flood.socket.send(Uint8Array.of(3)); // awareness queries, each answered
    expect(await flood.closed).toBe(CLOSE_CODE.rateLimited);
    expect(flood.received.length).toBeLessThan(500);
    a.doc.getText("t").insert(4, " still");
    await waitFor(async () => (await freshText(s)) === "kept still", { what: "room still live", timeoutMs: 20_000 });
    expect(await fetchMetrics(s.httpUrl)).toMatch(/secondear_sync_closed_total\{reason="rate_limited"\} 1/);
  });

  it("fuzz: random bytes on an authenticated connection close it or are harmless; the stored document still loads", async () => {
    const options = { limits: { upgradesPerMinute: 1_000_000 } }; // one upgrade per run
    let s = await server(options);
    const a = await seedText(s, "kept");
    // Random frames, half of them behind a valid message type so they reach the sync/awareness decoders.
    const frame = fc.oneof(
      fc.uint8Array({ minLength: 0, maxLength: 48 }),
      fc
        .tuple(fc.constantFrom(0, 1, 3), fc.constantFrom(0, 1, 2), fc.uint8Array({ maxLength: 48 }))
        .map(([type, kind, rest]) => Uint8Array.of(type, kind, ...rest)),
    );
    const isStep2 = (m: Buffer) => m[0] === MESSAGE_TYPE.sync && m[1] === 1;
    const codes = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(frame, { minLength: 1, maxLength: 4 }), async (frames) => {
        const raw = await openRawSocket(await urlFor(s, fixture.bob));
        try {
          for (const f of frames) raw.socket.send(f);
          raw.socket.send(Uint8Array.of(MESSAGE_TYPE.sync, 0, 1, 0)); // sync step 1: answered unless closed
          const closed = await Promise.race([
            raw.closed,
            waitFor(() => raw.received.some(isStep2), { timeoutMs: 20_000 }).then(() => undefined),
          ]);
          if (closed !== undefined) {
            codes.set(closed, (codes.get(closed) ?? 0) + 1);
            expect(closed).toBe(CLOSE_CODE.malformedMessage);
          }
        } finally {
          raw.socket.terminate();
        }
        expect(a.text()).toBe("kept");
      }),
      { numRuns: Number(process.env.FUZZ_RUNS || 150) },
    );
    expect(codes.get(CLOSE_CODE.malformedMessage) ?? 0).toBeGreaterThan(0);
    a.doc.getText("t").insert(4, " still");
    await waitFor(async () => (await freshText(s)) === "kept still", { what: "room still live", timeoutMs: 20_000 });
    // Whatever was stored loads again on a cold server.
    a.provider.destroy();
    await s.close();
    s = await server(options);
    expect(await freshText(s)).toBe("kept still");
  });
});
