import { expect, test, type Page } from "@playwright/test";
import { newPerson, signUp } from "../fixtures/accounts";
import { createInterview, joinRoom, openRoom } from "../fixtures/room";

const tagList = (page: Page) => page.getByTestId("tag-list");
const palette = (page: Page) => page.getByTestId("tag-palette");
const codeRow = (page: Page, key: string) => page.locator(`[data-testid="code-row"][data-key="${key}"]`);
const tagItems = (page: Page, label: string) =>
  tagList(page).locator(".tag-item").filter({ has: page.locator(".tag-code", { hasText: new RegExp(`^[+-] ${label}$`) }) });

/** Drops a live tag with a hotkey and dismisses the note prompt. */
async function tagWithKey(page: Page, key: string) {
  await page.locator("body").press(key);
  await page.getByLabel("Tag note").press("Escape");
}

test("an owner renames, re-keys and archives codes; the room's palette and hotkeys follow; members only read", async ({ browser }) => {
  const { page: a, person: ana, roomUrl } = await openRoom(browser, "Codebook room", { name: "Ana" });
  await a.getByRole("button", { name: "Start call" }).click();
  // A tag with a code that is about to be archived.
  await tagWithKey(a, "2");
  await expect(tagItems(a, "Closed question")).toHaveCount(1);

  // The owner edits the codebook from the Workspaces card.
  await a.goto("/interviews");
  await a.getByRole("link", { name: "Edit codebook" }).click();
  await expect(a.getByRole("heading", { name: /^Codebook/ })).toBeVisible();
  await codeRow(a, "open-question").getByRole("button", { name: "Edit" }).click();
  const editForm = a.getByRole("form", { name: "Edit Open question" });
  await editForm.getByLabel("Label").fill("Open invitation");
  // A hotkey another active code uses is refused with a clear message.
  await editForm.getByLabel("Hotkey").fill("3");
  await editForm.getByRole("button", { name: "Save" }).click();
  await expect(editForm.getByRole("alert")).toHaveText("Hotkey “3” is already used by “Leading question”");
  await editForm.getByLabel("Hotkey").fill("o");
  await editForm.getByRole("button", { name: "Save" }).click();
  await expect(codeRow(a, "open-question")).toContainText("Open invitation");
  await expect(codeRow(a, "open-question").locator("kbd")).toHaveText("o");
  await codeRow(a, "closed-question").getByRole("button", { name: "Archive" }).click();
  await expect(codeRow(a, "closed-question")).toContainText("Archived");
  await expect(codeRow(a, "closed-question").getByRole("button", { name: "Unarchive" })).toBeVisible();

  // In the room: new name and hotkey, the archived code gone from the palette but still on its tag.
  await a.goto(roomUrl);
  await expect(a.getByTestId("sync-status")).toHaveText("Live");
  await expect(palette(a).getByRole("button", { name: /Open invitation/ }).locator("kbd")).toHaveText("o");
  await expect(palette(a)).not.toContainText("Open question");
  await expect(palette(a)).not.toContainText("Closed question");
  await expect(tagItems(a, "Closed question")).toHaveCount(1);
  await tagWithKey(a, "o");
  await expect(tagItems(a, "Open invitation")).toHaveCount(1);
  await a.locator("body").press("2");
  await expect(a.getByLabel("Tag note")).toHaveCount(0);
  await expect(tagItems(a, "Closed question")).toHaveCount(1);

  // Bo joins the workspace; Ana makes him the buddy from "Manage roles".
  const { page: b, person: bo } = await joinRoom(browser, a, roomUrl, { name: "Bo" });
  await expect(b.getByTestId("my-role")).toHaveText("member (not tagging)");
  await a.getByRole("button", { name: "Manage roles" }).click();
  await a.getByLabel(`Role of ${bo.name}`).selectOption("buddy");
  await expect(a.getByTestId("review-controls")).toContainText(`Buddy: ${bo.name}`);
  await expect(b.getByTestId("my-role")).toHaveText("buddy");
  await expect(palette(b).getByRole("button", { name: /Open invitation/ })).toBeVisible();
  // Bo is not a manager: no role panel, and the reaction lag is shown, not editable; Ana's change reaches him.
  await expect(b.getByRole("button", { name: "Manage roles" })).toHaveCount(0);
  await a.getByLabel("Reaction lag").fill("4.5");
  await a.getByLabel("Reaction lag").press("Enter");
  await expect(b.getByTestId("reaction-lag")).toHaveText("Reaction lag 4.5 s");

  // Bo reads the codebook but cannot edit it.
  await b.goto("/interviews");
  await b.locator(".workspace-list li", { hasText: `${ana.name}'s workspace` }).getByRole("link", { name: "View codebook" }).click();
  await expect(b.getByTestId("codebook-read-only")).toBeVisible();
  await expect(codeRow(b, "open-question")).toContainText("Open invitation");
  await expect(b.getByRole("button", { name: /Edit|Archive|Add code/ })).toHaveCount(0);
});

test("the creator of an interview can be its buddy", async ({ page }) => {
  await signUp(page, newPerson("Cy"));
  await expect(page).toHaveURL(/\/interviews$/);
  await createInterview(page, "Cy buddies", { buddy: true });
  await expect(page.getByTestId("my-role")).toHaveText("buddy");
  await expect(page.getByTestId("review-controls")).toContainText("Interviewer: nobody yet");
  await expect(page.getByRole("button", { name: "Open question!" })).toBeVisible();
});
