import { expect, test } from "@playwright/test";
import { newPerson, signUp } from "../fixtures/accounts";

test("after too many wrong passwords the sign-in form refuses even the right one and says when to try again", async ({ browser }) => {
  const person = newPerson("Gus");
  const first = await (await browser.newContext()).newPage();
  await signUp(first, person);
  await expect(first).toHaveURL(/\/interviews$/);

  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-in");
  const attempt = async (password: string) => {
    await page.getByLabel("Email").fill(person.email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  };
  for (let i = 0; i < 10; i++) {
    await attempt(`wrong-${i}`);
    await expect(page.locator("form [role=alert]")).toHaveText("Wrong email or password.");
  }
  await attempt(person.password);
  await expect(page.locator("form [role=alert]")).toHaveText(/Too many failed sign-ins for this account\. Try again in 15 minutes\./);
  await expect(page).toHaveURL(/\/sign-in/);
});
