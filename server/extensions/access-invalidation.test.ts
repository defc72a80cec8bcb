// Open connections follow access changes at once: removal from the workspace,
// signing out, and a change made through another node (through a real Redis).
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { endSession } from "../../lib/auth/server/end-session";
import { signSyncToken } from "../../lib/auth/sync-token";
import { formatDocumentName } from "../../lib/collab/document-name";
import { AccessEventBus } from "../../lib/interviews/access-events";
import { setBlindMode } from "../../lib/interviews/server/set-blind-mode";
import { setParticipantRole } from "../../lib/interviews/server/set-participant-role";
import { getTestDatabaseTargets } from "../../lib/testing/test-databases";
import { waitFor } from "../../lib/testing/wait-for";
import { addTag, listTags } from "../../lib/tags/tags-document";
import { removeMember } from "../../lib/workspaces/server/remove-member";
import { connectClient, mintToken, openRawSocket, SECRET, startServer, tryUpgrade } from "../testing/sync-fixture";

const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
/** "At once": well within a second on this machine; the margin is for a loaded CI box. */
const AT_ONCE = { timeoutMs: 1_500 };

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function redisAnswers(): Promise<boolean> {
  const client = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 2_000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on("error", () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}
const hasRedis = await redisAnswers();
if (!hasRedis && process.env.CI_REQUIRE_REDIS === "1") throw new Error(`CI_REQUIRE_REDIS=1 but no Redis answers at ${REDIS_URL}`);

const tag = { id: "t1", code: "closed-question", step: 1, polarity: "-" as const, note: "", createdAt: 1, anchor: { kind: "time" as const, atMs: 1000 } };

describe.each(getTestDatabaseTargets())("access invalidation on $name", (target) => {
  async function setup() {
    const db = await target.open();
    cleanups.push(() => db.drop());
    const [ana, bo] = await Promise.all(
      ["ana", "bo"].map((n) => db.prisma.user.create({ data: { email: `${n}@x.test`, name: n, passwordHash: "x" } })),
    );
    const workspace = await db.prisma.workspace.create({
      data: { name: "W", memberships: { create: [{ userId: ana.id, role: "owner" }, { userId: bo.id }] } },
    });
    const interview = await db.prisma.interview.create({
      data: {
        workspaceId: workspace.id,
        title: "T",
        createdById: ana.id,
        participants: { create: [{ userId: ana.id, role: "interviewer" }, { userId: bo.id, role: "buddy" }] },
      },
    });
    const name = (kind: "transcript" | "live" | "tags", ownerId?: string) =>
      formatDocumentName(kind === "tags" ? { interviewId: interview.id, kind, ownerId: ownerId! } : { interviewId: interview.id, kind });
    return { db, ana, bo, workspace, interview, name };
  }

  it("a member removed from the workspace has every open socket closed with 4403", async () => {
    const { db, ana, bo, workspace, name } = await setup();
    const server = await startServer(db.prisma);
    cleanups.push(() => server.close());
    const sockets = await Promise.all(
      [name("transcript"), name("live"), name("tags", bo.id)].map(async (doc) => openRawSocket(`${server.url}/${doc}?token=${await mintToken(bo.id, doc)}`)),
    );
    const anas = await openRawSocket(`${server.url}/${name("transcript")}?token=${await mintToken(ana.id, name("transcript"))}`);
    cleanups.push(() => anas.socket.close());
    const closes = sockets.map((s) => s.closed);
    await removeMember({ db: db.prisma, actorId: ana.id, workspaceId: workspace.id, userId: bo.id });
    const codes = await Promise.race([Promise.all(closes), new Promise<"late">((resolve) => setTimeout(() => resolve("late"), AT_ONCE.timeoutMs))]);
    expect(codes).toEqual([4403, 4403, 4403]);
    expect(anas.socket.readyState).toBe(anas.socket.OPEN);
    expect((await tryUpgrade(`${server.url}/${name("transcript")}?token=${await mintToken(bo.id, name("transcript"))}`)).status).toBe(403);
  });

  it("signing out closes that session's sockets with 4401 and refuses its tokens; another session of the same person stays", async () => {
    const { db, bo, name } = await setup();
    const server = await startServer(db.prisma);
    cleanups.push(() => server.close());
    const doc = name("transcript");
    const token = (sessionId: string) => signSyncToken({ userId: bo.id, documentName: doc, sessionId }, { secret: SECRET });
    const laptop = await openRawSocket(`${server.url}/${doc}?token=${await token("laptop-session")}`);
    const phone = await openRawSocket(`${server.url}/${doc}?token=${await token("phone-session")}`);
    cleanups.push(() => phone.socket.close());
    await endSession({ db: db.prisma, sessionId: "laptop-session", userId: bo.id, expiresAt: new Date(Date.now() + 3600_000) });
    const code = await Promise.race([laptop.closed, new Promise<"late">((resolve) => setTimeout(() => resolve("late"), AT_ONCE.timeoutMs))]);
    expect(code).toBe(4401);
    expect(phone.socket.readyState).toBe(phone.socket.OPEN);
    expect((await tryUpgrade(`${server.url}/${doc}?token=${await token("laptop-session")}`)).status).toBe(401);
    expect((await tryUpgrade(`${server.url}/${doc}?token=${await token("phone-session")}`)).status).toBe(101);
  });

  it.skipIf(!hasRedis)("a change made through node A closes or downgrades the matching connection on node B, through Redis", async () => {
    const { db, ana, bo, interview, name } = await setup();
    const redis = { url: REDIS_URL, channelPrefix: `secondear-test-${randomBytes(6).toString("hex")}` };
    // Node A hears this process's mutations; node B has a bus of its own, so it can only hear them through Redis.
    const a = await startServer(db.prisma, { redis });
    const b = await startServer(db.prisma, { redis, events: new AccessEventBus() });
    const lonely = await startServer(db.prisma, { events: new AccessEventBus() }); // the negative control: no Redis
    cleanups.push(() => a.close(), () => b.close(), () => lonely.close());
    await setBlindMode({ db: db.prisma, userId: ana.id, interviewId: interview.id, blind: false });

    const anaTags = name("tags", ana.id);
    const mine = connectClient(a.url, anaTags, await mintToken(ana.id, anaTags));
    cleanups.push(() => mine.provider.destroy());
    addTag(mine.doc, tag);
    const onB = await openRawSocket(`${b.url}/${anaTags}?token=${await mintToken(bo.id, anaTags)}`);
    const onLonely = await openRawSocket(`${lonely.url}/${anaTags}?token=${await mintToken(bo.id, anaTags)}`);
    cleanups.push(() => onLonely.socket.close());
    await waitFor(() => mine.provider.synced, { what: "ana synced" });

    await setBlindMode({ db: db.prisma, userId: ana.id, interviewId: interview.id, blind: true });
    const code = await Promise.race([onB.closed, new Promise<"late">((resolve) => setTimeout(() => resolve("late"), AT_ONCE.timeoutMs))]);
    expect(code).toBe(4403);
    expect(onLonely.socket.readyState).toBe(onLonely.socket.OPEN); // without Redis, node B would not have known

    // A downgrade through node A: Bo's transcript connection on node B turns read-only at once.
    const transcript = name("transcript");
    const bosTranscript = connectClient(b.url, transcript, await mintToken(bo.id, transcript));
    const anasTranscript = connectClient(a.url, transcript, await mintToken(ana.id, transcript));
    cleanups.push(() => bosTranscript.provider.destroy(), () => anasTranscript.provider.destroy());
    let denied = false;
    bosTranscript.provider.messageHandlers[2] = () => void (denied = true);
    await waitFor(() => bosTranscript.provider.synced && anasTranscript.provider.synced, { what: "transcripts synced" });
    await setParticipantRole({ db: db.prisma, actorId: ana.id, interviewId: interview.id, userId: bo.id, role: "observer" });
    await waitFor(() => denied, { ...AT_ONCE, what: "node B told Bo his transcript is read-only" });
    bosTranscript.doc.getText("t").insert(0, "dropped");
    anasTranscript.doc.getText("t").insert(0, "kept");
    await waitFor(() => bosTranscript.text().includes("kept"), { what: "Bo still reads" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(anasTranscript.text()).toBe("kept");
    expect(listTags(mine.doc)).toHaveLength(1);
  });
});
