import bcrypt from "bcryptjs";
import { verifyPassword } from "../../auth/password";
import { describe, expect, it } from "vitest";
import { getTestDatabaseTargets } from "../../testing/test-databases";
import { acceptInvite } from "./accept-invite";
import { authenticateUser } from "./authenticate-user";
import { createInterview } from "./create-interview";
import { createInvite } from "./create-invite";
import { describeInvite } from "./describe-invite";
import { getInterviewAccess } from "./get-interview-access";
import { listInterviews } from "./list-interviews";
import { seedDemo } from "./seed-demo";
import { signUp } from "./sign-up";

describe.each(getTestDatabaseTargets())("workspaces on $name", (target) => {
  it("sign-up creates an owned personal workspace, never stores the password, and refuses a second account", async () => {
    const db = await target.open();
    try {
      const user = await signUp({ db: db.prisma, input: { name: "Ana", email: " Ana@Example.test ", password: "correct horse" } });
      expect(user.email).toBe("ana@example.test");
      const stored = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
      expect(stored.passwordHash).not.toContain("correct horse");
      expect(stored.passwordHash).toMatch(/^\$2[aby]\$12\$/);
      const memberships = await db.prisma.membership.findMany({ where: { userId: user.id }, include: { workspace: true } });
      expect(memberships).toHaveLength(1);
      expect(memberships[0]).toMatchObject({ role: "owner", workspace: { name: "Ana's workspace" } });

      await expect(
        signUp({ db: db.prisma, input: { name: "Ana 2", email: "ana@example.test", password: "another one" } }),
      ).rejects.toThrow("An account with this email already exists");
      await expect(signUp({ db: db.prisma, input: { name: "B", email: "b@example.test", password: "short" } })).rejects.toThrow(
        /at least 8/,
      );
      expect(await db.prisma.user.count()).toBe(1);

      expect(await authenticateUser({ db: db.prisma, input: { email: "ANA@example.test", password: "correct horse" } })).toMatchObject({ id: user.id });
      expect(await authenticateUser({ db: db.prisma, input: { email: "ana@example.test", password: "wrong" } })).toBeNull();
      expect(await authenticateUser({ db: db.prisma, input: { email: "nobody@example.test", password: "x" } })).toBeNull();
      // An unknown email costs the same bcrypt work as a wrong password: one check at the accounts' cost.
      const checked: string[] = [];
      const verify = async (password: string, hash: string) => (checked.push(hash), verifyPassword(password, hash));
      expect(await authenticateUser({ db: db.prisma, input: { email: "nobody@example.test", password: "correct horse" }, verify })).toBeNull();
      expect(await authenticateUser({ db: db.prisma, input: { email: "ana@example.test", password: "wrong" }, verify })).toBeNull();
      expect(checked.map((hash) => bcrypt.getRounds(hash))).toEqual([12, 12]);
    } finally {
      await db.drop();
    }
  });

  it("invites let a colleague into the workspace and its interviews; outsiders see nothing", async () => {
    const db = await target.open();
    try {
      const owner = await signUp({ db: db.prisma, input: { name: "Owner", email: "o@example.test", password: "password-1" } });
      const colleague = await signUp({ db: db.prisma, input: { name: "Col", email: "c@example.test", password: "password-2" } });
      const workspaceId = (await db.prisma.membership.findFirstOrThrow({ where: { userId: owner.id } })).workspaceId;
      const interview = await createInterview({
        db: db.prisma,
        userId: owner.id,
        input: { workspaceId, title: "Pricing", participant: "Jo" },
      });
      await expect(
        createInterview({ db: db.prisma, userId: colleague.id, input: { workspaceId, title: "Sneaky" } }),
      ).rejects.toThrow("not a member");
      expect(await getInterviewAccess({ db: db.prisma, userId: colleague.id, interviewId: interview.id })).toBeNull();
      await expect(createInvite({ db: db.prisma, userId: colleague.id, workspaceId })).rejects.toThrow("Only the workspace owner");

      const { token } = await createInvite({ db: db.prisma, userId: owner.id, workspaceId });
      expect(await db.prisma.invite.count({ where: { tokenHash: token } })).toBe(0); // only the hash is stored
      expect(await describeInvite({ db: db.prisma, token })).toEqual({ status: "valid", workspaceName: "Owner's workspace" });
      await acceptInvite({ db: db.prisma, userId: colleague.id, token });
      await acceptInvite({ db: db.prisma, userId: colleague.id, token }); // idempotent
      expect(await getInterviewAccess({ db: db.prisma, userId: colleague.id, interviewId: interview.id })).toMatchObject({
        role: "member",
        interview: { title: "Pricing" },
      });
      expect((await listInterviews({ db: db.prisma, userId: colleague.id })).map((i) => i.title)).toEqual(["Pricing"]);

      const later = new Date(Date.now() + 8 * 24 * 3600 * 1000);
      expect(await describeInvite({ db: db.prisma, token, now: later })).toEqual({ status: "expired" });
      await expect(acceptInvite({ db: db.prisma, userId: owner.id, token, now: later })).rejects.toThrow("expired");
      await expect(acceptInvite({ db: db.prisma, userId: owner.id, token: "made-up" })).rejects.toThrow("not valid");
    } finally {
      await db.drop();
    }
  });

  it("seeds the demo workspace once, with a transcript", async () => {
    const db = await target.open();
    try {
      expect(await seedDemo({ db: db.prisma })).toEqual({ created: true });
      expect(await seedDemo({ db: db.prisma })).toEqual({ created: false });
      expect(await db.prisma.interview.count()).toBe(1);
      expect(await db.prisma.yDocUpdate.count()).toBe(1);
    } finally {
      await db.drop();
    }
  });
});
