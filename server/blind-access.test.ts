import WebSocket from "ws";
import * as Y from "yjs";
import { afterEach, describe, expect, it } from "vitest";
import { formatDocumentName } from "../lib/collab/document-name";
import { getTestDatabaseTargets } from "../lib/testing/test-databases";
import { waitFor } from "../lib/testing/wait-for";
import { addTag, listTags } from "../lib/tags/tags-document";
import { connectClient, mintToken, startServer, tryUpgrade } from "./testing/sync-fixture";

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

const tag = (id: string) => ({
  id,
  code: "closed-question",
  step: 1,
  polarity: "-" as const,
  note: "",
  createdAt: 1,
  anchor: { kind: "time" as const, atMs: 1000 },
});

describe.each(getTestDatabaseTargets())("blind tagging enforced by the sync server on $name", (target) => {
  async function setup() {
    const db = await target.open();
    cleanups.push(() => db.drop());
    const [ana, bo, cy] = await Promise.all(
      ["ana", "bo", "cy"].map((n) => db.prisma.user.create({ data: { email: `${n}@x.test`, name: n, passwordHash: "x" } })),
    );
    const workspace = await db.prisma.workspace.create({
      data: { name: "W", memberships: { create: [{ userId: ana.id, role: "owner" }, { userId: bo.id }, { userId: cy.id }] } },
    });
    const interview = await db.prisma.interview.create({
      data: {
        workspaceId: workspace.id,
        title: "T",
        createdById: ana.id,
        participants: { create: [{ userId: ana.id, role: "interviewer" }, { userId: bo.id, role: "buddy" }, { userId: cy.id, role: "observer" }] },
      },
    });
    const server = await startServer(db.prisma);
    cleanups.push(() => server.close());
    const client = async (userId: string, documentName: string) => {
      const c = connectClient(server.url, documentName, await mintToken(userId, documentName));
      cleanups.push(() => c.provider.destroy());
      await waitFor(() => c.provider.synced, { what: `${documentName} synced` });
      return c;
    };
    return { db, ana, bo, cy, interview, server, client };
  }

  it("the buddy cannot open the interviewer's tags before reveal, can read them after, and can never write them", async () => {
    const { db, ana, bo, interview, server, client } = await setup();
    const anaTags = formatDocumentName({ interviewId: interview.id, kind: "tags", ownerId: ana.id });
    const mine = await client(ana.id, anaTags);
    addTag(mine.doc, tag("a1"));

    const refused = await tryUpgrade(`${server.url}/${anaTags}?token=${await mintToken(bo.id, anaTags)}`);
    expect(refused).toMatchObject({ status: 403, body: expect.stringContaining("private") });
    // Not even the workspace owner's role helps someone else: Ana owns the workspace, Bo's doc stays Bo's.
    const boTags = formatDocumentName({ interviewId: interview.id, kind: "tags", ownerId: bo.id });
    expect((await tryUpgrade(`${server.url}/${boTags}?token=${await mintToken(ana.id, boTags)}`)).status).toBe(403);

    await db.prisma.interview.update({ where: { id: interview.id }, data: { revealedAt: new Date() } });
    const theirs = await client(bo.id, anaTags);
    await waitFor(() => listTags(theirs.doc).length === 1, { what: "Bo reads Ana's tag" });
    expect(listTags(theirs.doc)[0].id).toBe("a1");

    // Bo's write is dropped by the server: Ana never sees it, and a fresh reader neither.
    addTag(theirs.doc, tag("forged"));
    addTag(mine.doc, tag("a2"));
    await waitFor(() => listTags(theirs.doc).some((t) => t.id === "a2"), { what: "Ana's next tag reaches Bo" });
    const fresh = await client(ana.id, anaTags);
    expect(listTags(fresh.doc).map((t) => t.id)).toEqual(["a1", "a2"]);
    expect(listTags(mine.doc).map((t) => t.id)).toEqual(["a1", "a2"]);
  });

  it("an observer reads the transcript and live notes but cannot change them, even with a hand-made frame", async () => {
    const { ana, cy, interview, server, client } = await setup();
    const transcript = formatDocumentName({ interviewId: interview.id, kind: "transcript" });
    const anaClient = await client(ana.id, transcript);
    anaClient.doc.getText("t").insert(0, "original");
    const observer = await client(cy.id, transcript);
    await waitFor(() => observer.text() === "original", { what: "observer reads" });

    // A raw websocket sending a sync update frame straight away.
    const raw = new WebSocket(`${server.url}/${transcript}?token=${await mintToken(cy.id, transcript)}`);
    cleanups.push(() => raw.terminate());
    const replies: Buffer[] = [];
    raw.on("message", (data: Buffer) => replies.push(data));
    await new Promise((resolve) => raw.on("open", resolve));
    const forged = new Y.Doc();
    forged.getText("t").insert(0, "vandalised ");
    const update = Y.encodeStateAsUpdate(forged);
    raw.send(Buffer.from([0, 2, ...encodeLength(update.length), ...update]));
    // The server answers with a permission-denied auth message (type 2) and keeps the document as it was.
    await waitFor(() => replies.some((r) => r[0] === 2), { what: "permission denied" });
    observer.doc.getText("t").insert(0, "also ");
    anaClient.doc.getText("t").insert(8, "!");
    await waitFor(() => observer.text().endsWith("original!"), { what: "later edits still flow" });
    const fresh = await client(ana.id, transcript);
    expect(fresh.text()).toBe("original!");
  });
});

function encodeLength(n: number): number[] {
  const bytes: number[] = [];
  while (n > 127) {
    bytes.push((n & 127) | 128);
    n >>>= 7;
  }
  bytes.push(n);
  return bytes;
}
