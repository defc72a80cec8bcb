import { expect, test } from "@playwright/test";
import { newPerson, signIn, signUp } from "../fixtures/accounts";

test("signed-out visitors are sent to sign-in, and come back after signing in", async ({ page }) => {
  await page.goto("/interviews");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Finterviews/);
  await expect(page.getByTestId("demo-hint")).toContainText("demo@secondear.local");
  await page.getByLabel("Email").fill("demo@secondear.local");
  await page.getByLabel("Password").fill("wrong password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
  await page.getByLabel("Password").fill("secondear-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/interviews$/);
  // The seeded sample interview opens with its transcript.
  await page.getByRole("link", { name: "Route planning at Acme Logistics" }).click();
  await expect(page.getByTestId("transcript-editor")).toContainText("walk me through the last time you planned a delivery route");
});

test("two people co-edit one transcript live, see each other, and the text survives a reload", async ({ browser }) => {
  const alice = newPerson("Alice");
  const bob = newPerson("Bob");
  const aliceContext = await browser.newContext();
  const bobContext = await browser.newContext();
  const a = await aliceContext.newPage();
  const b = await bobContext.newPage();

  // Alice signs up, gets her personal workspace, creates an interview.
  await signUp(a, alice);
  await expect(a).toHaveURL(/\/interviews$/);
  await a.getByLabel("Title").fill("Onboarding pains");
  await a.getByLabel("Participant / company").fill("Jo at Acme");
  await a.getByRole("button", { name: "Create interview" }).click();
  await expect(a.getByRole("heading", { name: "Onboarding pains" })).toBeVisible();
  const roomUrl = a.url();

  // She invites Bob with a link.
  await a.goto("/interviews");
  await a.getByRole("button", { name: "Invite a colleague" }).click();
  const link = await a.getByLabel("Invite link").inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{20,}$/);

  // Bob cannot open the room before joining.
  await signUp(b, bob);
  await expect(b).toHaveURL(/\/interviews$/);
  await b.goto(roomUrl);
  await expect(b.getByRole("heading", { name: "Not found" })).toBeVisible();

  await b.goto(link);
  await b.getByRole("button", { name: "Join workspace" }).click();
  await expect(b).toHaveURL(/\/interviews$/);
  await b.getByRole("link", { name: "Onboarding pains" }).click();

  await a.goto(roomUrl);
  const editorA = a.getByTestId("transcript-editor");
  const editorB = b.getByTestId("transcript-editor");
  await expect(a.getByTestId("sync-status")).toHaveText("Live");
  await expect(b.getByTestId("sync-status")).toHaveText("Live");
  await expect(a.getByTestId("presence")).toContainText(bob.name);
  await expect(b.getByTestId("presence")).toContainText(alice.name);

  await editorA.click();
  await a.keyboard.type("Tell me about the last time you onboarded someone.");
  await expect(editorB).toContainText("Tell me about the last time you onboarded someone.");

  // Typing at once: both lines arrive on both screens.
  await editorB.click();
  await b.keyboard.press("End");
  await b.keyboard.press("Enter");
  await Promise.all([a.keyboard.type(" Take your time."), b.keyboard.type("Bob's note: open question, good.")]);
  for (const editor of [editorA, editorB]) {
    await expect(editor).toContainText("Take your time.");
    await expect(editor).toContainText("Bob's note: open question, good.");
  }
  // Bob's caret is drawn in Alice's editor with his name.
  await expect(a.locator(".collaboration-carets__label", { hasText: bob.name })).toBeVisible();

  await b.reload();
  await expect(b.getByTestId("transcript-editor")).toContainText("Bob's note: open question, good.");
  await expect(b.getByTestId("transcript-editor")).toContainText("Take your time.");

  await aliceContext.close();
  await bobContext.close();
});

test("an account cannot be created twice with the same email", async ({ page }) => {
  const person = newPerson("Carol");
  await signUp(page, person);
  await expect(page).toHaveURL(/\/interviews$/);
  await page.context().clearCookies();
  await signUp(page, person);
  await expect(page.locator("form").getByRole("alert")).toHaveText("An account with this email already exists");
  await signIn(page, person.email, person.password);
});
