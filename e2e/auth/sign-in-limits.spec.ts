import { expect, test } from "@playwright/test";
import { newPerson, signIn, signUp } from "../fixtures/accounts";

// The e2e server keeps the default limits (10 failures per account, 50 per address, 15 minutes).
test("after too many wrong passwords the sign-in form refuses even the right one and says when to try again; other accounts still sign in", async ({ browser }) => {
  const gus = newPerson("Gus");
  const ida = newPerson("Ida");
  for (const person of [gus, ida]) {
    const context = await browser.newContext();
    await signUp(await context.newPage(), person);
    await expect(context.pages()[0]).toHaveURL(/\/interviews$/);
    await context.close();
  }

  // A fresh browser, nobody signed in.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in");
  const alert = page.locator("form [role=alert]");
  const attempt = async (password: string) => {
    await page.getByLabel("Email").fill(gus.email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  };
  for (let i = 0; i < 10; i++) {
    await attempt(`wrong-${i}`);
    await expect(alert).toHaveText("Wrong email or password.");
  }
  await attempt(gus.password);
  await expect(alert).toHaveText("Too many failed sign-ins for this account. Try again in 15 minutes.");
  await expect(page).toHaveURL(/\/sign-in/);
  // The same account typed differently is the same account.
  await page.getByLabel("Email").fill(gus.email.toUpperCase());
  await page.getByLabel("Password").fill(gus.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alert).toHaveText(/^Too many failed sign-ins for this account\. Try again in 1[45] minutes\.$/);

  // Another account from the same address (the address is far from its own limit).
  await signIn(page, ida.email, ida.password);
  await expect(page).toHaveURL(/\/interviews$/);
  await context.close();
});
