import { describe, expect, it } from "vitest";
import { getTestDatabaseTargets } from "../../testing/test-databases";
import { createInterview } from "../../workspaces/server/create-interview";
import { getRoomContext } from "./get-room-context";
import { setParticipantRole } from "./set-participant-role";
import { setCallOffset } from "./set-call-offset";
import { setReactionLag } from "./set-reaction-lag";

type Db = Awaited<ReturnType<ReturnType<typeof getTestDatabaseTargets>[number]["open"]>>["prisma"];

async function setup(db: Db) {
  const [owner, ana, bo, cy] = await Promise.all(
    ["Owner", "Ana", "Bo", "Cy"].map((n) => db.user.create({ data: { email: `${n}@x.test`, name: n, passwordHash: "x" } })),
  );
  const workspace = await db.workspace.create({
    data: { name: "W", memberships: { create: [{ userId: owner.id, role: "owner" }, { userId: ana.id }, { userId: bo.id }, { userId: cy.id }] } },
  });
  return { owner, ana, bo, cy, workspaceId: workspace.id };
}

describe.each(getTestDatabaseTargets())("roles and reaction lag on $name", (target) => {
  it("the creator chooses to interview or to be the buddy; the room lists members for role assignment", async () => {
    const db = await target.open();
    try {
      const { owner, ana, bo, cy, workspaceId } = await setup(db.prisma);
      const asBuddy = await createInterview({ db: db.prisma, userId: bo.id, input: { workspaceId, title: "T", myRole: "buddy" } });
      const ctx = await getRoomContext({ db: db.prisma, userId: bo.id, interviewId: asBuddy.id });
      expect(ctx!.myRole).toBe("buddy");
      expect(ctx!.members.map((m) => [m.name, m.workspaceRole])).toEqual([["Owner", "owner"], ["Ana", "member"], ["Bo", "member"], ["Cy", "member"]]);
      const byDefault = await createInterview({ db: db.prisma, userId: ana.id, input: { workspaceId, title: "U" } });
      expect((await getRoomContext({ db: db.prisma, userId: ana.id, interviewId: byDefault.id }))!.myRole).toBe("interviewer");
      await expect(createInterview({ db: db.prisma, userId: ana.id, input: { workspaceId, title: "V", myRole: "owner" } })).rejects.toThrow();

      // The owner assigns the vacant interviewer seat and an observer; the buddy (not a manager) cannot reassign.
      await setParticipantRole({ db: db.prisma, actorId: owner.id, interviewId: asBuddy.id, userId: ana.id, role: "interviewer" });
      await setParticipantRole({ db: db.prisma, actorId: ana.id, interviewId: asBuddy.id, userId: cy.id, role: "observer" });
      await expect(
        setParticipantRole({ db: db.prisma, actorId: bo.id, interviewId: asBuddy.id, userId: cy.id, role: "buddy" }),
      ).rejects.toThrow(/Only the interviewer or the workspace owner/);
      const after = await getRoomContext({ db: db.prisma, userId: cy.id, interviewId: asBuddy.id });
      expect(after!.participants.map((p) => [p.name, p.role])).toEqual([["Bo", "buddy"], ["Ana", "interviewer"], ["Cy", "observer"]]);
      // Giving the buddy seat to someone else moves the old buddy to observer.
      await setParticipantRole({ db: db.prisma, actorId: ana.id, interviewId: asBuddy.id, userId: cy.id, role: "buddy" });
      const swapped = await getRoomContext({ db: db.prisma, userId: cy.id, interviewId: asBuddy.id });
      expect(Object.fromEntries(swapped!.participants.map((p) => [p.name, p.role]))).toEqual({ Bo: "observer", Ana: "interviewer", Cy: "buddy" });
    } finally {
      await db.drop();
    }
  });

  it("the interviewer or the owner sets the reaction lag, within 0-15 s", async () => {
    const db = await target.open();
    try {
      const { owner, ana, bo, workspaceId } = await setup(db.prisma);
      const interview = await createInterview({ db: db.prisma, userId: ana.id, input: { workspaceId, title: "T" } });
      expect((await getRoomContext({ db: db.prisma, userId: ana.id, interviewId: interview.id }))!.interview.reactionLagMs).toBe(3000);
      await setReactionLag({ db: db.prisma, userId: ana.id, interviewId: interview.id, reactionLagMs: 4500 });
      expect((await getRoomContext({ db: db.prisma, userId: bo.id, interviewId: interview.id }))!.interview.reactionLagMs).toBe(4500);
      await setReactionLag({ db: db.prisma, userId: owner.id, interviewId: interview.id, reactionLagMs: 0 });
      await expect(setReactionLag({ db: db.prisma, userId: bo.id, interviewId: interview.id, reactionLagMs: 2000 })).rejects.toThrow(/Only the interviewer/);
      await expect(setReactionLag({ db: db.prisma, userId: ana.id, interviewId: interview.id, reactionLagMs: -1 })).rejects.toThrow(/negative/);
      await expect(setReactionLag({ db: db.prisma, userId: ana.id, interviewId: interview.id, reactionLagMs: 60_000 })).rejects.toThrow(/15 s or less/);
      await expect(setReactionLag({ db: db.prisma, userId: ana.id, interviewId: interview.id, reactionLagMs: "3000" })).rejects.toThrow();
      expect((await getRoomContext({ db: db.prisma, userId: ana.id, interviewId: interview.id }))!.interview.reactionLagMs).toBe(0);
    } finally {
      await db.drop();
    }
  });

  it("the interviewer or the owner lines the call clock up with the transcript", async () => {
    const db = await target.open();
    try {
      const { ana, bo, workspaceId } = await setup(db.prisma);
      const interview = await createInterview({ db: db.prisma, userId: ana.id, input: { workspaceId, title: "T" } });
      expect((await getRoomContext({ db: db.prisma, userId: ana.id, interviewId: interview.id }))!.interview.callOffsetMs).toBe(0);
      await setCallOffset({ db: db.prisma, userId: ana.id, interviewId: interview.id, callOffsetMs: 95_000 });
      expect((await getRoomContext({ db: db.prisma, userId: bo.id, interviewId: interview.id }))!.interview.callOffsetMs).toBe(95_000);
      await expect(setCallOffset({ db: db.prisma, userId: bo.id, interviewId: interview.id, callOffsetMs: 0 })).rejects.toThrow(/Only the interviewer/);
      await expect(setCallOffset({ db: db.prisma, userId: ana.id, interviewId: interview.id, callOffsetMs: 7 * 3600_000 })).rejects.toThrow(/within 6 hours/);
    } finally {
      await db.drop();
    }
  });
});
