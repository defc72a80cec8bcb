import { describe, expect, it } from "vitest";
import { isUniqueViolation } from "../../db/is-unique-violation";
import { getTestDatabaseTargets } from "../../testing/test-databases";
import { createCode } from "./create-code";
import { getCodebook } from "./get-codebook";
import { listWorkspaceCodes } from "./list-workspace-codes";
import { setCodeArchived } from "./set-code-archived";
import { updateCode } from "./update-code";

type Db = Awaited<ReturnType<ReturnType<typeof getTestDatabaseTargets>[number]["open"]>>["prisma"];

async function setup(db: Db) {
  const [owner, member, outsider] = await Promise.all(
    ["owner", "member", "outsider"].map((n) => db.user.create({ data: { email: `${n}@x.test`, name: n, passwordHash: "x" } })),
  );
  const workspace = await db.workspace.create({
    data: { name: "W", memberships: { create: [{ userId: owner.id, role: "owner" }, { userId: member.id }] } },
  });
  const other = await db.workspace.create({ data: { name: "Other", memberships: { create: [{ userId: outsider.id, role: "owner" }] } } });
  return { owner, member, outsider, workspaceId: workspace.id, otherWorkspaceId: other.id };
}

const newCode = { key: "story-prompt", label: "Story prompt", step: 1, polarity: "+", color: "#1C7ED6", hotkey: "S" };

describe.each(getTestDatabaseTargets())("codebook management on $name", (target) => {
  it("owners add, rename, re-colour, re-key and archive codes; archived codes stay listed for old tags", async () => {
    const db = await target.open();
    try {
      const { owner, workspaceId } = await setup(db.prisma);
      const created = await createCode({ db: db.prisma, userId: owner.id, workspaceId, input: newCode });
      expect(created).toMatchObject({ key: "story-prompt", color: "#1c7ed6", hotkey: "s", archived: false });

      await updateCode({ db: db.prisma, userId: owner.id, workspaceId, key: "open-question", input: { label: "Open invitation", hotkey: "o", color: "#2b8a3e" } });
      await setCodeArchived({ db: db.prisma, userId: owner.id, workspaceId, key: "closed-question", archived: true });
      const codes = await listWorkspaceCodes({ db: db.prisma, workspaceId });
      expect(codes).toHaveLength(16);
      expect(codes.find((c) => c.key === "open-question")).toMatchObject({ label: "Open invitation", hotkey: "o", color: "#2b8a3e" });
      expect(codes.find((c) => c.key === "closed-question")).toMatchObject({ archived: true, label: "Closed question" });
      // The new code sits at the end of step 1 in palette order.
      expect(codes.filter((c) => c.step === 1).at(-1)?.key).toBe("story-prompt");

      // An archived code's hotkey is free again; unarchiving it then conflicts until one of them moves.
      await updateCode({ db: db.prisma, userId: owner.id, workspaceId, key: "story-prompt", input: { hotkey: "2" } });
      await expect(setCodeArchived({ db: db.prisma, userId: owner.id, workspaceId, key: "closed-question", archived: false })).rejects.toThrow(
        /Hotkey “2” is already used by “Story prompt”; give one of them another hotkey/,
      );
      await updateCode({ db: db.prisma, userId: owner.id, workspaceId, key: "story-prompt", input: { hotkey: "" } });
      await setCodeArchived({ db: db.prisma, userId: owner.id, workspaceId, key: "closed-question", archived: false });
      expect((await listWorkspaceCodes({ db: db.prisma, workspaceId })).find((c) => c.key === "story-prompt")?.hotkey).toBeNull();
    } finally {
      await db.drop();
    }
  });

  it("validates at the boundary: kebab-case unique keys, free single-character hotkeys, labels, colours, steps", async () => {
    const db = await target.open();
    try {
      const { owner, workspaceId } = await setup(db.prisma);
      const create = (input: object) => createCode({ db: db.prisma, userId: owner.id, workspaceId, input: { ...newCode, ...input } });
      await expect(create({ key: "Story Prompt" })).rejects.toThrow(/kebab-case/);
      await expect(create({ key: "open-question" })).rejects.toThrow(/already exists/);
      await expect(create({ hotkey: "1" })).rejects.toThrow(/Hotkey “1” is already used by “Open question”/);
      await expect(create({ hotkey: " " })).rejects.toThrow(/Space is reserved/);
      await expect(create({ hotkey: "ab" })).rejects.toThrow(/single character/);
      await expect(create({ label: "" })).rejects.toThrow(/label/);
      await expect(create({ label: "x".repeat(61) })).rejects.toThrow(/60 characters/);
      await expect(create({ color: "blue" })).rejects.toThrow(/#1c7ed6/);
      await expect(create({ step: 5 })).rejects.toThrow(/step from 1 to 4/);
      await expect(create({ step: 0 })).rejects.toThrow(/step/);
      await expect(create({ polarity: "~" })).rejects.toThrow(/Polarity/);
      const update = (input: object) => updateCode({ db: db.prisma, userId: owner.id, workspaceId, key: "open-question", input });
      await expect(update({ hotkey: "3" })).rejects.toThrow(/already used by “Leading question”/);
      await expect(update({ label: "  " })).rejects.toThrow(/label/);
      await expect(updateCode({ db: db.prisma, userId: owner.id, workspaceId, key: "nope", input: { label: "x" } })).rejects.toThrow("No such code");
      // Re-saving a code with its own hotkey is fine.
      await expect(update({ hotkey: "1" })).resolves.toMatchObject({ hotkey: "1" });
      // A step outside 1-4 is allowed once it exists in the workspace.
      await db.prisma.code.create({ data: { workspaceId, key: "legacy", label: "Legacy", step: 5, polarity: "+", color: "#495057" } });
      await expect(create({ step: 5 })).resolves.toMatchObject({ step: 5 });
      expect((await listWorkspaceCodes({ db: db.prisma, workspaceId })).filter((c) => c.key === "story-prompt")).toHaveLength(1);
    } finally {
      await db.drop();
    }
  });

  it("the database itself refuses a second active code on one hotkey; archived codes keep theirs", async () => {
    const db = await target.open();
    try {
      const { owner, workspaceId } = await setup(db.prisma);
      await createCode({ db: db.prisma, userId: owner.id, workspaceId, input: newCode });
      // Straight to the database, as a racing second owner's write would arrive after both checks passed.
      const duplicate = { workspaceId, key: "other-prompt", label: "Other", step: 1, polarity: "+", color: "#000000", hotkey: "s" };
      const refusal = await db.prisma.code.create({ data: duplicate }).catch((error: unknown) => error);
      expect(isUniqueViolation(refusal)).toBe(true);
      await db.prisma.code.create({ data: { ...duplicate, archived: true } });
      expect((await db.prisma.code.findMany({ where: { workspaceId, hotkey: "s" } })).map((c) => c.archived).sort()).toEqual([false, true]);
    } finally {
      await db.drop();
    }
  });

  it("only owners edit; members read; outsiders see nothing and cannot edit another workspace", async () => {
    const db = await target.open();
    try {
      const { owner, member, outsider, workspaceId, otherWorkspaceId } = await setup(db.prisma);
      expect(await getCodebook({ db: db.prisma, userId: owner.id, workspaceId })).toMatchObject({ canEdit: true, steps: [1, 2, 3, 4] });
      const view = await getCodebook({ db: db.prisma, userId: member.id, workspaceId });
      expect(view).toMatchObject({ canEdit: false, workspace: { name: "W" } });
      expect(view!.codes).toHaveLength(15);
      expect(await getCodebook({ db: db.prisma, userId: outsider.id, workspaceId })).toBeNull();

      await expect(createCode({ db: db.prisma, userId: member.id, workspaceId, input: newCode })).rejects.toThrow(/Only the workspace owner/);
      await expect(updateCode({ db: db.prisma, userId: member.id, workspaceId, key: "insight", input: { label: "Mine" } })).rejects.toThrow(/Only the workspace owner/);
      await expect(setCodeArchived({ db: db.prisma, userId: member.id, workspaceId, key: "insight", archived: true })).rejects.toThrow(/Only the workspace owner/);
      await expect(updateCode({ db: db.prisma, userId: outsider.id, workspaceId, key: "insight", input: { label: "Mine" } })).rejects.toThrow("No such workspace");
      // Owning another workspace does not help.
      await getCodebook({ db: db.prisma, userId: outsider.id, workspaceId: otherWorkspaceId });
      await expect(setCodeArchived({ db: db.prisma, userId: outsider.id, workspaceId, key: "insight", archived: true })).rejects.toThrow("No such workspace");
      expect((await listWorkspaceCodes({ db: db.prisma, workspaceId })).find((c) => c.key === "insight")).toMatchObject({ label: "Insight", archived: false });
    } finally {
      await db.drop();
    }
  });
});
