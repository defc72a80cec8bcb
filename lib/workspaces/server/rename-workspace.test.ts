import { describe, expect, it } from "vitest";
import { getTestDatabaseTargets } from "../../testing/test-databases";
import { acceptInvite } from "./accept-invite";
import { createInterview } from "./create-interview";
import { createInvite } from "./create-invite";
import { createWorkspace } from "./create-workspace";
import { renameInterview } from "./rename-interview";
import { renameWorkspace } from "./rename-workspace";
import { signUp } from "./sign-up";

describe.each(getTestDatabaseTargets())("workspace and interview names on $name", (target) => {
  it("creates a workspace owned by its creator; only owners rename it, managers rename interviews, outsiders learn nothing", async () => {
    const db = await target.open();
    try {
      const ana = await signUp({ db: db.prisma, input: { name: "Ana", email: "ana@example.test", password: "password-1" } });
      const bo = await signUp({ db: db.prisma, input: { name: "Bo", email: "bo@example.test", password: "password-2" } });
      const eve = await signUp({ db: db.prisma, input: { name: "Eve", email: "eve@example.test", password: "password-3" } });
      const team = await createWorkspace({ db: db.prisma, userId: ana.id, input: { name: "  Research team " } });
      expect(team.name).toBe("Research team");
      expect(await db.prisma.membership.findMany({ where: { workspaceId: team.id }, select: { userId: true, role: true } })).toEqual([{ userId: ana.id, role: "owner" }]);
      await expect(createWorkspace({ db: db.prisma, userId: ana.id, input: { name: "" } })).rejects.toThrow("Give the workspace a name");

      await acceptInvite({ db: db.prisma, userId: bo.id, token: (await createInvite({ db: db.prisma, userId: ana.id, workspaceId: team.id })).token });
      await expect(renameWorkspace({ db: db.prisma, userId: bo.id, input: { workspaceId: team.id, name: "Bo's now" } })).rejects.toThrow("Only the workspace owner");
      await expect(renameWorkspace({ db: db.prisma, userId: eve.id, input: { workspaceId: team.id, name: "Eve's now" } })).rejects.toThrow("No such workspace");
      await expect(renameWorkspace({ db: db.prisma, userId: ana.id, input: { workspaceId: team.id, name: "x".repeat(121) } })).rejects.toThrow("121 characters, at most 120");
      await renameWorkspace({ db: db.prisma, userId: ana.id, input: { workspaceId: team.id, name: "Discovery" } });
      expect((await db.prisma.workspace.findUniqueOrThrow({ where: { id: team.id } })).name).toBe("Discovery");

      const interview = await createInterview({ db: db.prisma, userId: ana.id, input: { workspaceId: team.id, title: "First" } });
      await expect(renameInterview({ db: db.prisma, userId: bo.id, input: { interviewId: interview.id, title: "Bo's" } })).rejects.toThrow("Only the workspace owner or the interviewer");
      await expect(renameInterview({ db: db.prisma, userId: eve.id, input: { interviewId: interview.id, title: "Eve's" } })).rejects.toThrow("No such interview");
      await expect(renameInterview({ db: db.prisma, userId: ana.id, input: { interviewId: interview.id, title: "t".repeat(201) } })).rejects.toThrow("201 characters");
      await renameInterview({ db: db.prisma, userId: ana.id, input: { interviewId: interview.id, title: "Second" } });
      expect((await db.prisma.interview.findUniqueOrThrow({ where: { id: interview.id } })).title).toBe("Second");
    } finally {
      await db.drop();
    }
  });
});
