// Every mutation that can change who may read or write publishes "interview
// changed" once it has committed: a listener that reads the database at that
// moment already sees the change (the sync server re-decides from there).
import { afterEach, describe, expect, it } from "vitest";
import { ensureCodebook } from "../../codebook/server/ensure-codebook";
import { setCodeArchived } from "../../codebook/server/set-code-archived";
import { getDocumentAccess } from "../../collab/server/get-document-access";
import { getTestDatabaseTargets } from "../../testing/test-databases";
import { createInterview } from "../../workspaces/server/create-interview";
import { subscribeAccessEvents, type AccessEvent } from "../access-events";
import { acceptBuddyInvite } from "./accept-buddy-invite";
import { createBuddyInvite } from "./create-buddy-invite";
import { getCapabilities } from "./get-capabilities";
import { markDone } from "./mark-done";
import { revealTags } from "./reveal-tags";
import { setBlindMode } from "./set-blind-mode";
import { setParticipantRole } from "./set-participant-role";
import { undoDone } from "./undo-done";

type Db = Awaited<ReturnType<ReturnType<typeof getTestDatabaseTargets>[number]["open"]>>["prisma"];
let stops: (() => void)[] = [];
afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
});

/** Events seen, each with what the database said when it arrived (read inside the listener). */
function record(db: Db, read: () => Promise<unknown>) {
  const seen: { event: AccessEvent; state: Promise<unknown> }[] = [];
  stops.push(subscribeAccessEvents((event) => seen.push({ event, state: read() })));
  const all = async () => Promise.all(seen.map(async ({ event, state }) => ({ event, state: await state })));
  // The next mutation waits for the reads its predecessor's event started, so a read sees that one's state, not a later one's.
  return Object.assign(all, { settle: async () => void (await all()) });
}

async function setup(db: Db) {
  const [owner, ana, bo, cy] = await Promise.all(
    ["owner", "ana", "bo", "cy"].map((n) => db.user.create({ data: { email: `${n}@x.test`, name: n, passwordHash: "x" } })),
  );
  const workspace = await db.workspace.create({
    data: { name: "W", memberships: { create: [{ userId: owner.id, role: "owner" }, { userId: ana.id }, { userId: bo.id }] } },
  });
  const interview = await createInterview({ db, userId: ana.id, input: { workspaceId: workspace.id, title: "T" } });
  return { owner, ana, bo, cy, workspace, interview };
}

describe.each(getTestDatabaseTargets())("access events on $name", (target) => {
  it("seat, done, undo, reveal and blind mode publish once committed, with the new state readable", async () => {
    const db = await target.open();
    try {
      const { owner, ana, bo, interview } = await setup(db.prisma);
      const anaTags = `interview:${interview.id}:tags:${ana.id}`;
      const boSees = async () => (await getDocumentAccess({ db: db.prisma, userId: bo.id, documentName: anaTags })).status;
      const seat = async () => (await getCapabilities({ db: db.prisma, userId: bo.id, interviewId: interview.id }))!.facts;
      const seen = record(db.prisma, async () => ({ boSees: await boSees(), ...(await seat()) }));

      await setParticipantRole({ db: db.prisma, actorId: ana.id, interviewId: interview.id, userId: bo.id, role: "buddy" });
      await seen.settle();
      await markDone({ db: db.prisma, userId: bo.id, interviewId: interview.id });
      await seen.settle();
      await undoDone({ db: db.prisma, userId: bo.id, interviewId: interview.id });
      await seen.settle();
      await revealTags({ db: db.prisma, userId: owner.id, interviewId: interview.id });
      await seen.settle();
      await setBlindMode({ db: db.prisma, userId: ana.id, interviewId: interview.id, blind: false });
      await seen.settle();
      await setBlindMode({ db: db.prisma, userId: ana.id, interviewId: interview.id, blind: true });
      await seen.settle();

      const events = await seen();
      expect(events.map((e) => e.event)).toEqual(Array(6).fill({ type: "interview-changed", interviewId: interview.id }));
      expect(events.map(({ state }) => state)).toMatchObject([
        { seat: "buddy", isDone: false, boSees: "private" },
        { isDone: true, boSees: "private" },
        { isDone: false, boSees: "private" },
        { revealed: true, boSees: "ok" },
        { blind: false, boSees: "ok" },
        // Blind again: a new round, nothing revealed, nobody done.
        { blind: true, revealed: false, isDone: false, boSees: "private" },
      ]);
    } finally {
      await db.drop();
    }
  });

  it("refused changes publish nothing; a buddy link and a codebook change publish", async () => {
    const db = await target.open();
    try {
      const { owner, ana, bo, cy, workspace, interview } = await setup(db.prisma);
      await ensureCodebook({ db: db.prisma, workspaceId: workspace.id });
      const seen = record(db.prisma, async () => null);
      await expect(setBlindMode({ db: db.prisma, userId: bo.id, interviewId: interview.id, blind: false })).rejects.toThrow(/Only the interviewer/);
      await expect(revealTags({ db: db.prisma, userId: ana.id, interviewId: interview.id })).rejects.toThrow(/Only the workspace owner/);
      await expect(undoDone({ db: db.prisma, userId: ana.id, interviewId: interview.id })).rejects.toThrow(/not marked done/);
      await expect(markDone({ db: db.prisma, userId: cy.id, interviewId: interview.id })).rejects.toThrow("No such interview");
      expect(await seen()).toEqual([]);

      const { token } = await createBuddyInvite({ db: db.prisma, userId: ana.id, interviewId: interview.id });
      await acceptBuddyInvite({ db: db.prisma, userId: cy.id, token });
      await setCodeArchived({ db: db.prisma, userId: owner.id, workspaceId: workspace.id, key: "hot-tip", archived: true });
      expect((await seen()).map((e) => e.event)).toEqual(Array(2).fill({ type: "interview-changed", interviewId: interview.id }));
    } finally {
      await db.drop();
    }
  });
});
