import { afterEach, describe, expect, it } from "vitest";
import { subscribeAccessEvents, type AccessEvent } from "../../interviews/access-events";
import { getCapabilities } from "../../interviews/server/get-capabilities";
import { setParticipantRole } from "../../interviews/server/set-participant-role";
import { getTestDatabaseTargets } from "../../testing/test-databases";
import { acceptInvite } from "./accept-invite";
import { createInterview } from "./create-interview";
import { createInvite } from "./create-invite";
import { listInterviews } from "./list-interviews";
import { removeMember } from "./remove-member";

type Db = Awaited<ReturnType<ReturnType<typeof getTestDatabaseTargets>[number]["open"]>>["prisma"];

let stops: (() => void)[] = [];
afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
});

/** Events seen, each with what `read` found in the database the moment it arrived. */
function record<T>(read: () => Promise<T>) {
  const seen: { event: AccessEvent; state: Promise<T> }[] = [];
  stops.push(subscribeAccessEvents((event) => seen.push({ event, state: read() })));
  return async () => Promise.all(seen.map(async ({ event, state }) => ({ event, state: await state })));
}

async function setup(db: Db) {
  const [owner, ana, bo, outsider] = await Promise.all(
    ["owner", "ana", "bo", "outsider"].map((n) => db.user.create({ data: { email: `${n}@x.test`, name: n, passwordHash: "x" } })),
  );
  const workspace = await db.workspace.create({
    data: { name: "W", memberships: { create: [{ userId: owner.id, role: "owner" }, { userId: ana.id }, { userId: bo.id }] } },
  });
  const other = await db.workspace.create({ data: { name: "Other", memberships: { create: [{ userId: outsider.id, role: "owner" }] } } });
  const first = await createInterview({ db, userId: ana.id, input: { workspaceId: workspace.id, title: "First" } });
  const second = await createInterview({ db, userId: owner.id, input: { workspaceId: workspace.id, title: "Second" } });
  const elsewhere = await createInterview({ db, userId: outsider.id, input: { workspaceId: other.id, title: "Elsewhere" } });
  return { owner, ana, bo, outsider, workspace, other, first, second, elsewhere };
}

const interviewIdOf = (event: AccessEvent) => (event.type === "interview-changed" ? event.interviewId : null);

const isMember = (db: Db, userId: string, workspaceId: string) =>
  db.membership.findUnique({ where: { userId_workspaceId: { userId, workspaceId } } }).then(Boolean);

describe.each(getTestDatabaseTargets())("removing workspace members on $name", (target) => {
  it("the owner removes a member; their seat and tags stay but grant nothing; every interview of the workspace hears of it once committed", async () => {
    const db = await target.open();
    try {
      const { owner, ana, bo, workspace, first, second } = await setup(db.prisma);
      await setParticipantRole({ db: db.prisma, actorId: ana.id, interviewId: first.id, userId: bo.id, role: "buddy" });
      const tags = await db.prisma.yDocUpdate.create({ data: { name: `interview:${first.id}:tags:${bo.id}`, data: new Uint8Array([0, 0]) } });
      const seen = record(() => isMember(db.prisma, bo.id, workspace.id));

      await removeMember({ db: db.prisma, actorId: owner.id, workspaceId: workspace.id, userId: bo.id });

      const events = await seen();
      // Published after the commit: a listener reading the database already sees them gone.
      expect(events.map((e) => e.event.type)).toEqual(["interview-changed", "interview-changed"]);
      expect(events.map((e) => interviewIdOf(e.event)).sort()).toEqual([first.id, second.id].sort());
      expect(events.map((e) => e.state)).toEqual([false, false]);
      expect(await isMember(db.prisma, bo.id, workspace.id)).toBe(false);
      expect(await db.prisma.interviewParticipant.count({ where: { userId: bo.id, interviewId: first.id, role: "buddy" } })).toBe(1);
      expect(await db.prisma.yDocUpdate.count({ where: { id: tags.id } })).toBe(1);
      const access = await getCapabilities({ db: db.prisma, userId: bo.id, interviewId: first.id });
      expect(access?.capabilities.isMember).toBe(false);
      expect(access?.capabilities.documents.ownTags).toBe("none");
      expect(await listInterviews({ db: db.prisma, userId: bo.id })).toEqual([]);
    } finally {
      await db.drop();
    }
  });

  it("a member leaves by removing themselves; an owner may leave when another owner stays", async () => {
    const db = await target.open();
    try {
      const { owner, ana, bo, workspace } = await setup(db.prisma);
      await removeMember({ db: db.prisma, actorId: ana.id, workspaceId: workspace.id, userId: ana.id });
      expect(await isMember(db.prisma, ana.id, workspace.id)).toBe(false);

      await db.prisma.membership.update({ where: { userId_workspaceId: { userId: bo.id, workspaceId: workspace.id } }, data: { role: "owner" } });
      await removeMember({ db: db.prisma, actorId: owner.id, workspaceId: workspace.id, userId: owner.id });
      expect(await isMember(db.prisma, owner.id, workspace.id)).toBe(false);
      // bo is now the only owner.
      await expect(removeMember({ db: db.prisma, actorId: bo.id, workspaceId: workspace.id, userId: bo.id })).rejects.toMatchObject({
        code: "conflict",
        message: expect.stringMatching(/only owner/),
      });
    } finally {
      await db.drop();
    }
  });

  it("refuses a member removing someone else, the last owner leaving, outsiders and unknown people, and publishes nothing for them", async () => {
    const db = await target.open();
    try {
      const { owner, ana, bo, outsider, workspace } = await setup(db.prisma);
      const seen = record(async () => null);
      const remove = (actorId: string, userId: string, workspaceId = workspace.id) =>
        removeMember({ db: db.prisma, actorId, workspaceId, userId });

      await expect(remove(ana.id, bo.id)).rejects.toMatchObject({ code: "forbidden", message: "Only the workspace owner can remove members" });
      await expect(remove(ana.id, owner.id)).rejects.toMatchObject({ code: "forbidden" });
      await expect(remove(owner.id, owner.id)).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/only owner/) });
      await expect(remove(outsider.id, bo.id)).rejects.toMatchObject({ code: "not-found", message: "No such workspace" });
      await expect(remove(outsider.id, outsider.id)).rejects.toMatchObject({ code: "not-found", message: "No such workspace" });
      await expect(remove(owner.id, outsider.id)).rejects.toMatchObject({ code: "not-found" });
      // Zod at the boundary: nothing that is not an id reaches a query.
      await expect(remove(owner.id, "'; DROP TABLE")).rejects.toThrow(/Unknown person or workspace/);
      await expect(remove(owner.id, bo.id, "")).rejects.toThrow(/Unknown person or workspace/);

      expect(await seen()).toEqual([]);
      expect(await db.prisma.membership.count({ where: { workspaceId: workspace.id } })).toBe(3);
    } finally {
      await db.drop();
    }
  });

  // On PostgreSQL both leave without the workspace lock in removeMember (each sees the other still an owner).
  it("two owners leaving at once: one leaves, the other stays as the last owner", async () => {
    const db = await target.open();
    try {
      const { owner, ana, workspace } = await setup(db.prisma);
      await db.prisma.membership.update({ where: { userId_workspaceId: { userId: ana.id, workspaceId: workspace.id } }, data: { role: "owner" } });
      const results = await Promise.allSettled(
        [owner.id, ana.id].map((id) => removeMember({ db: db.prisma, actorId: id, workspaceId: workspace.id, userId: id })),
      );
      expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
      expect(await db.prisma.membership.count({ where: { workspaceId: workspace.id, role: "owner" } })).toBe(1);
    } finally {
      await db.drop();
    }
  });

  it("accepting an invite publishes for every interview of the workspace, with the newcomer already a member", async () => {
    const db = await target.open();
    try {
      const { owner, outsider, workspace, first, second } = await setup(db.prisma);
      const { token } = await createInvite({ db: db.prisma, userId: owner.id, workspaceId: workspace.id });
      const seen = record(() => isMember(db.prisma, outsider.id, workspace.id));
      await acceptInvite({ db: db.prisma, userId: outsider.id, token });
      const events = await seen();
      expect(events.map((e) => interviewIdOf(e.event)).sort()).toEqual([first.id, second.id].sort());
      expect(events.map((e) => e.state)).toEqual([true, true]);

      // A refused invite publishes nothing.
      const refused = record(async () => null);
      await expect(acceptInvite({ db: db.prisma, userId: outsider.id, token: "not-a-token" })).rejects.toThrow(/not valid/);
      expect(await refused()).toEqual([]);
    } finally {
      await db.drop();
    }
  });
});
