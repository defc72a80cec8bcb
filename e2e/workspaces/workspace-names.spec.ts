// Creating and renaming workspaces and interviews; names too long are refused at the input, never cut.
import { expect, test, type Page } from "@playwright/test";
import { joinRoom, openRoom } from "../fixtures/room";

const workspaces = (page: Page) => page.getByTestId("workspace-item").locator(".workspace-head strong").allInnerTexts();

test.setTimeout(120_000);

test("an owner creates and renames workspaces, the other member sees the new name, and only owners may rename", async ({ browser }) => {
  const { page: a, roomUrl } = await openRoom(browser, "Churn interview", { name: "Ana" });
  const { page: b } = await joinRoom(browser, a, roomUrl, { name: "Bo" });

  await a.goto("/interviews");
  const create = a.getByRole("form", { name: "New workspace" });
  // Empty: the server's message, at the input.
  await create.getByRole("button", { name: "Create workspace" }).click();
  await expect(create.getByLabel("New workspace")).toHaveAccessibleDescription("Give the workspace a name");
  // Too long: said while typing, kept whole, not sent.
  const long = "Research ".repeat(14).trim();
  await create.getByLabel("New workspace").fill(long);
  await expect(create.getByLabel("New workspace")).toHaveAccessibleDescription(`Workspace name is too long: ${long.length} characters, at most 120`);
  await expect(create.getByLabel("New workspace")).toHaveValue(long);
  await create.getByRole("button", { name: "Create workspace" }).click();
  await expect(create.getByLabel("New workspace")).toBeFocused();
  await expect.poll(() => workspaces(a)).toEqual(["Ana's workspace"]);
  await create.getByLabel("New workspace").fill("Research team");
  await create.getByRole("button", { name: "Create workspace" }).click();
  await expect.poll(() => workspaces(a)).toEqual(["Ana's workspace", "Research team"]);
  await expect(create.getByLabel("New workspace")).toHaveValue("");
  // The new one can hold interviews.
  await expect(a.locator("section.card", { has: a.getByRole("heading", { name: "New interview" }) }).getByLabel("Workspace").locator("option")).toHaveText(["Ana's workspace", "Research team"]);

  // Rename Ana's workspace, which Bo is a member of, while Bo is in one of its rooms.
  await b.goto(roomUrl);
  await expect(b.getByTestId("sync-status")).toHaveText("Live");
  await expect(b.locator(".room-title")).toContainText("Ana's workspace");
  await a.getByRole("button", { name: "Rename Ana's workspace" }).click();
  const rename = a.getByRole("form", { name: "Rename Ana's workspace" });
  await rename.getByLabel("Workspace name").fill("x".repeat(121));
  await expect(rename.getByLabel("Workspace name")).toHaveAccessibleDescription("Workspace name is too long: 121 characters, at most 120");
  await rename.getByLabel("Workspace name").fill("Discovery squad");
  await rename.getByRole("button", { name: "Save name" }).click();
  await expect.poll(() => workspaces(a)).toEqual(["Discovery squad", "Research team"]);
  // Bo's open room says the new name without a reload.
  await expect(b.locator(".room-title")).toContainText("Discovery squad");

  await b.goto("/interviews");
  await expect.poll(() => workspaces(b)).toContain("Discovery squad");
  await expect(b.getByTestId("interview-row").filter({ hasText: "Churn interview" })).toContainText("Discovery squad");
  // Bo owns his own workspace, not Ana's.
  await expect(b.getByRole("button", { name: "Rename Discovery squad" })).toHaveCount(0);
  await expect(b.getByRole("button", { name: "Rename Bo's workspace" })).toHaveCount(1);
});

test("a title longer than the limit is refused at the input when creating or renaming an interview; the other member sees a rename", async ({ browser }) => {
  const { page: a, roomUrl } = await openRoom(browser, "First title", { name: "Ana" });
  const { page: b } = await joinRoom(browser, a, roomUrl, { name: "Bo" });

  await a.goto("/interviews");
  const title = a.getByLabel("Title", { exact: true });
  await title.fill("T".repeat(201));
  await expect(title).toHaveValue("T".repeat(201));
  await expect(title).toHaveAccessibleDescription("Title is too long: 201 characters, at most 200");
  await a.getByRole("button", { name: "Create interview" }).click();
  await expect(a).toHaveURL(/\/interviews$/);
  await expect(title).toBeFocused();
  // A 200-character unbroken title is allowed, and wraps in the list instead of widening the page.
  await title.fill("W".repeat(200));
  await expect(title).not.toHaveAttribute("aria-invalid");
  await a.getByRole("button", { name: "Create interview" }).click();
  await expect(a.getByRole("heading", { name: "W".repeat(200) })).toBeVisible();
  for (const size of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
    await a.setViewportSize(size);
    expect(await a.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    await a.goto("/interviews");
    expect(await a.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    await a.goBack();
  }

  // Rename in the room: the interviewer may; too long is refused there too. Bo is in the room.
  await a.goto(roomUrl);
  await b.goto(roomUrl);
  await expect(b.getByTestId("sync-status")).toHaveText("Live");
  await a.getByRole("button", { name: "Rename interview" }).click();
  const rename = a.getByRole("form", { name: "Rename interview" });
  await rename.getByLabel("Interview title").fill("y".repeat(3000));
  await expect(rename.getByLabel("Interview title")).toHaveAccessibleDescription("Title is too long: 3000 characters, at most 200");
  await rename.getByRole("button", { name: "Save title" }).click();
  await expect(a.getByRole("heading", { level: 1 })).toHaveText("First title");
  await rename.getByLabel("Interview title").fill("Second title");
  await rename.getByRole("button", { name: "Save title" }).click();
  await expect(a.getByRole("heading", { level: 1 })).toHaveText("Second title");
  // Bo sees it in the room he has open, without a reload.
  await expect(b.getByRole("heading", { level: 1 })).toHaveText("Second title");
  await b.goto("/interviews");
  await expect(b.getByRole("link", { name: "Second title" })).toBeVisible();
  // Bo has no seat and does not own the workspace: no Rename for him.
  await b.goto(roomUrl);
  await expect(b.getByRole("heading", { level: 1 })).toHaveText("Second title");
  await expect(b.getByRole("button", { name: "Rename interview" })).toHaveCount(0);
});

test("the header links to the current workspace's codebook and to one's own trend", async ({ browser }) => {
  const { page: a, person, roomUrl } = await openRoom(browser, "Header links", { name: "Ana" });
  await a.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My trend" }).click();
  await expect(a).toHaveURL(/\/people\/[a-z0-9]+\/trend$/);
  await expect(a.getByRole("heading", { level: 1 })).toContainText(person.name);
  await a.goto(roomUrl);
  await a.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Codebook" }).click();
  await expect(a).toHaveURL(/\/workspaces\/[a-z0-9]+\/codebook$/);
  await expect(a.getByRole("heading", { level: 1 })).toHaveText(`Codebook · ${person.name}'s workspace`);
});
