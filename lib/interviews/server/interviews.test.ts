import { describe, expect, it } from "vitest";
import { getDocumentAccess } from "../../collab/server/get-document-access";
import { getTestDatabaseTargets } from "../../testing/test-databases";
import { createInterview } from "../../workspaces/server/create-interview";
import { acceptBuddyInvite } from "./accept-buddy-invite";
import { createBuddyInvite } from "./create-buddy-invite";
import { getRoomContext } from "./get-room-context";
import { markDone } from "./mark-done";
import { revealTags } from "./reveal-tags";
import { setBlindMode } from "./set-blind-mode";
import { setParticipantRole } from "./set-participant-role";

type Db = Awaited<ReturnType<ReturnType<typeof getTestDatabaseTargets>[number]["open"]>>["prisma"];

async function setup(db: Db) {
  const [owner, ana, bo, cy] = await Promise.all(
    ["owner", "ana", "bo", "cy"].map((n) => db.user.create({ data: { email: `${n}@x.test`, name: n, passwordHash: "x" } })),
  );
  const workspace = await db.workspace.create({
    data: {
      name: "W",
      memberships: { create: [{ userId: owner.id, role: "owner" }, { userId: ana.id }, { userId: bo.id }] },
    },
  });
  const interview = await createInterview({ db, userId: ana.id, input: { workspaceId: workspace.id, title: "T" } });
  return { owner, ana, bo, cy, interview };
}

const tagsOf = (interviewId: string, ownerId: string) => `interview:${interviewId}:tags:${ownerId}`;

describe.each(getTestDatabaseTargets())("interview roles and blind tagging on $name", (target) => {
  it("keeps each tagger's tags private until both are done, then reveals them read-only", async () => {
    const db = await target.open();
    try {
      const { owner, ana, bo, interview } = await setup(db.prisma);
      const ctx = await getRoomContext({ db: db.prisma, userId: ana.id, interviewId: interview.id });
      expect(ctx).toMatchObject({ myRole: "interviewer", interview: { blind: true, isRevealed: false } });
      expect(ctx!.codes).toHaveLength(15);
      expect(ctx!.codes[0]).toMatchObject({ key: "open-question", step: 1, polarity: "+", hotkey: "1" });

      // Bo takes the vacant buddy seat himself.
      await setParticipantRole({ db: db.prisma, actorId: bo.id, interviewId: interview.id, userId: bo.id, role: "buddy" });
      const access = (userId: string, doc: string) => getDocumentAccess({ db: db.prisma, userId, documentName: doc });
      expect(await access(bo.id, tagsOf(interview.id, bo.id))).toMatchObject({ status: "ok", access: "write" });
      expect(await access(bo.id, tagsOf(interview.id, ana.id))).toEqual({ status: "private" });
      expect(await access(owner.id, tagsOf(interview.id, ana.id))).toEqual({ status: "private" });

      expect(await markDone({ db: db.prisma, userId: ana.id, interviewId: interview.id })).toEqual({ isRevealed: false });
      expect(await access(bo.id, tagsOf(interview.id, ana.id))).toEqual({ status: "private" });
      expect(await markDone({ db: db.prisma, userId: bo.id, interviewId: interview.id })).toEqual({ isRevealed: true });
      expect(await access(bo.id, tagsOf(interview.id, ana.id))).toMatchObject({ status: "ok", access: "read" });
      expect(await access(owner.id, tagsOf(interview.id, bo.id))).toMatchObject({ status: "ok", access: "read" });
      await expect(markDone({ db: db.prisma, userId: owner.id, interviewId: interview.id })).rejects.toThrow(/Only the interviewer and the buddy/);
    } finally {
      await db.drop();
    }
  });

  it("lets only the owner reveal early and only the interviewer or owner switch blind mode off", async () => {
    const db = await target.open();
    try {
      const { owner, ana, bo, interview } = await setup(db.prisma);
      await expect(revealTags({ db: db.prisma, userId: ana.id, interviewId: interview.id })).rejects.toThrow(/Only the workspace owner/);
      await expect(setBlindMode({ db: db.prisma, userId: bo.id, interviewId: interview.id, blind: false })).rejects.toThrow(/Only the interviewer/);
      await setBlindMode({ db: db.prisma, userId: ana.id, interviewId: interview.id, blind: false });
      expect((await getDocumentAccess({ db: db.prisma, userId: bo.id, documentName: tagsOf(interview.id, ana.id) }))).toMatchObject({ access: "read" });
      await setBlindMode({ db: db.prisma, userId: ana.id, interviewId: interview.id, blind: true });
      expect(await getDocumentAccess({ db: db.prisma, userId: bo.id, documentName: tagsOf(interview.id, ana.id) })).toEqual({ status: "private" });
      await revealTags({ db: db.prisma, userId: owner.id, interviewId: interview.id });
      expect((await getRoomContext({ db: db.prisma, userId: bo.id, interviewId: interview.id }))!.interview.isRevealed).toBe(true);
    } finally {
      await db.drop();
    }
  });

  it("seats: a taken buddy seat cannot be grabbed, observers read only, managers can reassign", async () => {
    const db = await target.open();
    try {
      const { owner, ana, bo, interview } = await setup(db.prisma);
      await setParticipantRole({ db: db.prisma, actorId: bo.id, interviewId: interview.id, userId: bo.id, role: "buddy" });
      await expect(
        setParticipantRole({ db: db.prisma, actorId: ana.id, interviewId: interview.id, userId: owner.id, role: "buddy" }),
      ).resolves.toBeUndefined(); // the interviewer (a manager) may reassign: Bo becomes an observer
      const ctx = await getRoomContext({ db: db.prisma, userId: bo.id, interviewId: interview.id });
      expect(ctx!.myRole).toBe("observer");
      expect(await getDocumentAccess({ db: db.prisma, userId: bo.id, documentName: `interview:${interview.id}:transcript` })).toMatchObject({ access: "read" });
      await expect(
        setParticipantRole({ db: db.prisma, actorId: bo.id, interviewId: interview.id, userId: bo.id, role: "buddy" }),
      ).rejects.toThrow("already has a buddy");
      await expect(
        setParticipantRole({ db: db.prisma, actorId: bo.id, interviewId: interview.id, userId: ana.id, role: null }),
      ).rejects.toThrow(/Only the interviewer or the workspace owner/);
    } finally {
      await db.drop();
    }
  });

  it("buddy links are single use and expire; the taker joins the workspace as the buddy", async () => {
    const db = await target.open();
    try {
      const { ana, bo, cy, interview } = await setup(db.prisma);
      await expect(createBuddyInvite({ db: db.prisma, userId: bo.id, interviewId: interview.id })).rejects.toThrow(/Only the interviewer/);
      const { token } = await createBuddyInvite({ db: db.prisma, userId: ana.id, interviewId: interview.id });
      expect(await acceptBuddyInvite({ db: db.prisma, userId: cy.id, token })).toEqual({ interviewId: interview.id });
      expect((await getRoomContext({ db: db.prisma, userId: cy.id, interviewId: interview.id }))!.myRole).toBe("buddy");
      await expect(acceptBuddyInvite({ db: db.prisma, userId: bo.id, token })).rejects.toThrow("already been used");
      const second = await createBuddyInvite({ db: db.prisma, userId: ana.id, interviewId: interview.id });
      await expect(
        acceptBuddyInvite({ db: db.prisma, userId: bo.id, token: second.token, now: new Date(Date.now() + 49 * 3600 * 1000) }),
      ).rejects.toThrow("expired");
    } finally {
      await db.drop();
    }
  });
});
