import { describe, expect, it } from "vitest";
import { createInterviewSchema, renameWorkspaceSchema } from "./schemas";
import { describeTooLong } from "./describe-too-long";
import { TEXT_LIMITS } from "./text-limits";

describe("name and title limits", () => {
  it("refuses a too-long title with its length instead of cutting it, and an empty one with what to do", () => {
    const long = createInterviewSchema.safeParse({ workspaceId: "w1234567", title: "t".repeat(201) });
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]).toMatchObject({ path: ["title"], message: "Title is too long: 201 characters, at most 200" });
    expect(createInterviewSchema.safeParse({ workspaceId: "w1234567", title: "   " }).error?.issues[0].message).toBe("Give the interview a title");
    expect(createInterviewSchema.parse({ workspaceId: "w1234567", title: ` ${"t".repeat(200)} ` }).title).toHaveLength(200);
  });

  it("workspace names: at most 120 characters, not blank; the form's check says the same as the server", () => {
    const name = "w".repeat(TEXT_LIMITS.workspaceName + 1);
    const parsed = renameWorkspaceSchema.safeParse({ workspaceId: "abcdefgh12", name });
    expect(parsed.error?.issues[0].message).toBe("Workspace name is too long: 121 characters, at most 120");
    expect(describeTooLong({ value: name, max: TEXT_LIMITS.workspaceName, what: "Workspace name" })).toBe(parsed.error?.issues[0].message);
    expect(describeTooLong({ value: "Research", max: TEXT_LIMITS.workspaceName, what: "Workspace name" })).toBeNull();
    expect(renameWorkspaceSchema.safeParse({ workspaceId: "abcdefgh12", name: "" }).error?.issues[0].message).toBe("Give the workspace a name");
  });
});
