import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { getCapture } from "../../capture/server/get-capture";
import { startCapture } from "../../capture/server/start-capture";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { formatDocumentName } from "../../collab/document-name";
import { appendDocumentUpdates, compactDocument, loadDocumentState } from "../../collab/server/document-store";
import { subscribeAccessEvents, type AccessEvent } from "../../interviews/access-events";
import { setParticipantRole } from "../../interviews/server/set-participant-role";
import { getTestDatabaseTargets } from "../../testing/test-databases";
import { createBuddyInvite } from "../../interviews/server/create-buddy-invite";
import { createInterview } from "./create-interview";
import { deleteInterview } from "./delete-interview";
import { listInterviews } from "./list-interviews";

type Db = Awaited<ReturnType<ReturnType<typeof getTestDatabaseTargets>[number]["open"]>>["prisma"];

let cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups) await cleanup();
  cleanups = [];
});

function record<T>(read: () => Promise<T>) {
  const seen: { event: AccessEvent; state: Promise<T> }[] = [];
  cleanups.push(subscribeAccessEvents((event) => seen.push({ event, state: read() })));
  return async () => Promise.all(seen.map(async ({ event, state }) => ({ event, state: await state })));
}

function someUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText("t").insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

/** The interview's three kinds of documents, one compacted into a snapshot, with an update after it. */
async function writeDocuments(db: Db, interviewId: string, taggerId: string) {
  const names = [
    formatDocumentName({ interviewId, kind: "transcript" }),
    formatDocumentName({ interviewId, kind: "live" }),
    formatDocumentName({ interviewId, kind: "tags", ownerId: taggerId }),
  ];
  await appendDocumentUpdates({ db, updates: names.map((name) => ({ name, update: someUpdate(name) })) });
  await compactDocument({ db, name: names[0] });
  await appendDocumentUpdates({ db, updates: [{ name: names[0], update: someUpdate("after") }] });
  return names;
}

async function setup(db: Db) {
  const [owner, ana, bo, outsider] = await Promise.all(
    ["owner", "ana", "bo", "outsider"].map((n) => db.user.create({ data: { email: `${n}@x.test`, name: n, passwordHash: "x" } })),
  );
  const workspace = await db.workspace.create({
    data: { name: "W", memberships: { create: [{ userId: owner.id, role: "owner" }, { userId: ana.id }, { userId: bo.id }] } },
  });
  await db.workspace.create({ data: { name: "Other", memberships: { create: [{ userId: outsider.id, role: "owner" }] } } });
  // ana interviews; bo is the buddy.
  const doomed = await createInterview({ db, userId: ana.id, input: { workspaceId: workspace.id, title: "Doomed" } });
  await setParticipantRole({ db, actorId: ana.id, interviewId: doomed.id, userId: bo.id, role: "buddy" });
  const kept = await createInterview({ db, userId: ana.id, input: { workspaceId: workspace.id, title: "Kept" } });
  const mediaDir = await mkdtemp(path.join(os.tmpdir(), "secondear-delete-interview-"));
  cleanups.push(() => rm(mediaDir, { recursive: true, force: true }));
  return { owner, ana, bo, outsider, workspace, doomed, kept, mediaDir };
}

async function addRecording(db: Db, interviewId: string, userId: string, mediaDir: string) {
  const storageKey = `${interviewId}-rec.webm`;
  await writeFile(path.join(mediaDir, storageKey), "not really audio");
  await db.recording.create({
    data: { interviewId, fileName: "call.webm", mimeType: "audio/webm", size: 16n, storageKey, uploadedById: userId },
  });
  return path.join(mediaDir, storageKey);
}

describe.each(getTestDatabaseTargets())("deleting interviews on $name", (target) => {
  it("the interviewer deletes: row, seats, buddy links, recording row and file and every Yjs document go; only that interview's; published after commit", async () => {
    const db = await target.open();
    try {
      const { ana, bo, doomed, kept, mediaDir } = await setup(db.prisma);
      const doomedDocs = await writeDocuments(db.prisma, doomed.id, bo.id);
      const keptDocs = await writeDocuments(db.prisma, kept.id, bo.id);
      const doomedFile = await addRecording(db.prisma, doomed.id, ana.id, mediaDir);
      const keptFile = await addRecording(db.prisma, kept.id, ana.id, mediaDir);
      await createBuddyInvite({ db: db.prisma, userId: ana.id, interviewId: doomed.id });
      const documentRows = (names: string[]) =>
        Promise.all([
          db.prisma.yDocUpdate.count({ where: { name: { in: names } } }),
          db.prisma.yDocSnapshot.count({ where: { name: { in: names } } }),
        ]);
      expect(await documentRows(doomedDocs)).toEqual([3, 1]);
      const seen = record(async () => ({
        interview: await db.prisma.interview.count({ where: { id: doomed.id } }),
        documents: await documentRows(doomedDocs),
      }));

      // A recording was still being made in the room, in each.
      const captures = await Promise.all([doomed, kept].map((i) => startCapture({ mediaDir, interviewId: i.id, user: ana, input: { startCallMs: 0 } })));
      await deleteInterview({ db: db.prisma, userId: ana.id, interviewId: doomed.id, mediaDir });
      expect(await getCapture({ mediaDir, interviewId: doomed.id })).toBeNull();
      expect((await getCapture({ mediaDir, interviewId: kept.id }))?.captureId).toBe(captures[1].captureId);

      const events = await seen();
      expect(events.map((e) => e.event)).toEqual([{ type: "interview-changed", interviewId: doomed.id }]);
      // A listener (the sync server) reading at that moment finds nothing left to grant.
      expect(events[0].state).toEqual({ interview: 0, documents: [0, 0] });
      expect(await db.prisma.interviewParticipant.count({ where: { interviewId: doomed.id } })).toBe(0);
      expect(await db.prisma.buddyInvite.count({ where: { interviewId: doomed.id } })).toBe(0);
      expect(await db.prisma.recording.count({ where: { interviewId: doomed.id } })).toBe(0);
      expect(existsSync(doomedFile)).toBe(false);
      for (const name of doomedDocs) expect(await loadDocumentState({ db: db.prisma, name })).toBeNull();

      // The other interview is untouched.
      expect(await documentRows(keptDocs)).toEqual([3, 1]);
      expect(existsSync(keptFile)).toBe(true);
      expect(await db.prisma.interviewParticipant.count({ where: { interviewId: kept.id } })).toBe(1);
      expect((await listInterviews({ db: db.prisma, userId: bo.id })).map((i) => i.title)).toEqual(["Kept"]);
    } finally {
      await db.drop();
    }
  });

  it("the workspace owner may delete without a seat; an interview without a recording or documents deletes too", async () => {
    const db = await target.open();
    try {
      const { owner, kept, mediaDir } = await setup(db.prisma);
      await deleteInterview({ db: db.prisma, userId: owner.id, interviewId: kept.id, mediaDir });
      expect(await db.prisma.interview.count({ where: { id: kept.id } })).toBe(0);
    } finally {
      await db.drop();
    }
  });

  it("members without the right are forbidden, outsiders and unknown ids get 'No such interview'; nothing is deleted or published", async () => {
    const db = await target.open();
    try {
      const { ana, bo, outsider, workspace, doomed, mediaDir } = await setup(db.prisma);
      const docs = await writeDocuments(db.prisma, doomed.id, bo.id);
      const file = await addRecording(db.prisma, doomed.id, ana.id, mediaDir);
      const seen = record(async () => null);
      const attempt = (userId: string, interviewId = doomed.id) => deleteInterview({ db: db.prisma, userId, interviewId, mediaDir });

      // bo is the buddy: a member, not a manager.
      await expect(attempt(bo.id)).rejects.toMatchObject({ code: "forbidden", message: expect.stringMatching(/owner or the interview's interviewer/) });
      await expect(attempt(outsider.id)).rejects.toMatchObject({ code: "not-found", message: "No such interview" });
      await expect(attempt(ana.id, "nosuchinterview1")).rejects.toMatchObject({ code: "not-found", message: "No such interview" });
      await expect(attempt(ana.id, "interview:%")).rejects.toMatchObject({ code: "not-found", message: "No such interview" });
      // An interviewer removed from the workspace keeps the seat, which grants nothing.
      await db.prisma.membership.delete({ where: { userId_workspaceId: { userId: ana.id, workspaceId: workspace.id } } });
      await expect(attempt(ana.id)).rejects.toMatchObject({ code: "not-found" });

      expect(await seen()).toEqual([]);
      expect(await db.prisma.interview.count({ where: { id: doomed.id } })).toBe(1);
      expect(await db.prisma.yDocUpdate.count({ where: { name: { in: docs } } })).toBe(3);
      expect(existsSync(file)).toBe(true);
    } finally {
      await db.drop();
    }
  });

  it("lists whether each interview may be deleted, as the policy decides", async () => {
    const db = await target.open();
    try {
      const { owner, ana, bo } = await setup(db.prisma);
      const canDelete = async (userId: string) =>
        Object.fromEntries((await listInterviews({ db: db.prisma, userId })).map((i) => [i.title, i.canDelete]));
      expect(await canDelete(owner.id)).toEqual({ Doomed: true, Kept: true });
      expect(await canDelete(ana.id)).toEqual({ Doomed: true, Kept: true });
      expect(await canDelete(bo.id)).toEqual({ Doomed: false, Kept: false });
    } finally {
      await db.drop();
    }
  });
});
