import { describe, expect, it } from "vitest";
import { subscribeAccessEvents, type AccessEvent } from "../../interviews/access-events";
import { getRoomContext } from "../../interviews/server/get-room-context";
import { getTestDatabaseTargets } from "../../testing/test-databases";
import { createInterview } from "./create-interview";
import { setTalkShareLimit } from "./set-talk-share-limit";

describe.each(getTestDatabaseTargets())("the workspace's 'Speak less' threshold on $name", (target) => {
  it("is 40% until an owner changes it; open rooms hear of the change; members and bad values are refused", async () => {
    const db = await target.open();
    const seen: AccessEvent[] = [];
    const stop = subscribeAccessEvents((event) => seen.push(event));
    try {
      const [owner, member] = await Promise.all(["owner", "member"].map((n) => db.prisma.user.create({ data: { email: `${n}@x.test`, name: n, passwordHash: "x" } })));
      const workspace = await db.prisma.workspace.create({ data: { name: "W", memberships: { create: [{ userId: owner.id, role: "owner" }, { userId: member.id }] } } });
      const interview = await createInterview({ db: db.prisma, userId: member.id, input: { workspaceId: workspace.id, title: "Call" } });
      const limitSeenBy = async (userId: string) => (await getRoomContext({ db: db.prisma, userId, interviewId: interview.id }))!.talkShareLimit;
      expect(await limitSeenBy(member.id)).toBe(0.4);

      expect(await setTalkShareLimit({ db: db.prisma, userId: owner.id, workspaceId: workspace.id, input: { percent: "55" } })).toBe(55);
      expect(await limitSeenBy(member.id)).toBe(0.55);
      expect(seen).toContainEqual({ type: "interview-changed", interviewId: interview.id });

      await expect(setTalkShareLimit({ db: db.prisma, userId: member.id, workspaceId: workspace.id, input: { percent: 30 } })).rejects.toThrow(/Only the workspace's owners/);
      await expect(setTalkShareLimit({ db: db.prisma, userId: owner.id, workspaceId: workspace.id, input: { percent: 95 } })).rejects.toThrow(/90% or less/);
      await expect(setTalkShareLimit({ db: db.prisma, userId: owner.id, workspaceId: workspace.id, input: { percent: "abc" } })).rejects.toThrow(/percentage/);
      expect(await limitSeenBy(member.id)).toBe(0.55);
    } finally {
      stop();
      await db.drop();
    }
  });
});
