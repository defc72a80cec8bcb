import { expect, test, type Page } from "@playwright/test";
import { signIn } from "../fixtures/accounts";
import { joinRoom, openRoom } from "../fixtures/room";

const toasts = (page: Page) => page.getByTestId("nudge-toasts").locator(".toast[data-nudge-id]");
const toast = (page: Page, text: string) => toasts(page).filter({ hasText: text });
const courseCorrections = (page: Page) => page.getByTestId("tag-list").locator(".tag-item", { hasText: "Course correction" });

test("a nudge is handled once, for good, in every browser of the interviewer", async ({ browser }) => {
  const { page: a, person: ana, roomUrl } = await openRoom(browser, "Nudges", { name: "Ana" });
  const { page: b } = await joinRoom(browser, a, roomUrl, { name: "Bo", as: "buddy" });
  await a.getByRole("button", { name: "Start call" }).click();
  // Ana also has the room open in a second browser.
  const a2 = await (await browser.newContext()).newPage();
  await signIn(a2, ana.email, ana.password);
  await a2.goto(roomUrl);
  await expect(a2.getByTestId("sync-status")).toHaveText("Live");

  await b.getByRole("button", { name: "Open question!" }).click();
  await b.getByRole("button", { name: "Let them talk" }).click();
  for (const page of [a, a2]) await expect(toasts(page)).toHaveCount(2);

  // "Taken" pressed twice makes one course correction, and the toast leaves both browsers.
  await toast(a, "Open question!").getByRole("button", { name: "Taken" }).dblclick();
  await expect(courseCorrections(a)).toHaveCount(1);
  await expect(toast(a, "Let them talk")).toHaveCount(1);
  await expect(toast(a2, "Open question!")).toHaveCount(0);
  await expect(courseCorrections(a2)).toHaveCount(1);

  // A reload shows what is still open (and nothing handled); the nudges are three keys away
  // (the skip links come first), and Escape dismisses, focus going back to the transcript.
  await a.reload();
  await expect(a.getByTestId("sync-status")).toHaveText("Live");
  await expect(toasts(a)).toHaveCount(1);
  await expect(toast(a, "Let them talk")).toHaveCount(1);
  for (let i = 0; i < 3; i++) await a.keyboard.press("Tab");
  await expect(a.getByRole("link", { name: "Skip to nudges" })).toBeFocused();
  await a.keyboard.press("Enter");
  await expect(toast(a, "Let them talk").getByRole("button", { name: "Taken" })).toBeFocused();
  await a.keyboard.press("Escape");
  await expect(toasts(a)).toHaveCount(0);
  await expect(a.getByTestId("transcript-editor")).toBeFocused();
  await expect(toasts(a2)).toHaveCount(0);

  // A reload replays nothing already handled, and the tag is still one.
  for (const page of [a, a2]) {
    await page.reload();
    await expect(page.getByTestId("sync-status")).toHaveText("Live");
  }
  await expect(courseCorrections(a)).toHaveCount(1);
  // A fresh nudge proves the list is live after the reload; only it shows.
  await b.getByRole("button", { name: "Dig deeper here" }).click();
  for (const page of [a, a2]) {
    await expect(toasts(page)).toHaveCount(1);
    await expect(toasts(page)).toContainText("Dig deeper here");
  }
  await toast(a2, "Dig deeper here").getByRole("button", { name: "Taken" }).click();
  await expect(toasts(a)).toHaveCount(0);
  await expect(courseCorrections(a)).toHaveCount(2);
});

test("many nudges collapse: three shown, the rest behind one line, dismissed all at once", async ({ browser }) => {
  const { page: a, roomUrl } = await openRoom(browser, "Many nudges", { name: "Ana" });
  const { page: b } = await joinRoom(browser, a, roomUrl, { name: "Bo", as: "buddy" });
  // The buddy's nudge buttons are three Tab presses and Enter from the top of the room.
  await b.reload();
  await expect(b.getByTestId("sync-status")).toHaveText("Live");
  for (let i = 0; i < 3; i++) await b.keyboard.press("Tab");
  await b.keyboard.press("Enter");
  await expect(b.getByRole("button", { name: "Open question!" })).toBeFocused();
  await b.keyboard.press("Enter");
  await expect(toasts(a)).toHaveCount(1);
  await toast(a, "Open question!").getByRole("button", { name: "Dismiss" }).click();
  for (const text of ["one", "two", "three", "four", "five"]) {
    await b.getByLabel("Nudge text").fill(`Nudge ${text}`);
    await b.getByRole("button", { name: "Send", exact: true }).click();
    await expect(b.getByText(`Sent: Nudge ${text}`)).toBeVisible();
  }
  await expect(toasts(a)).toHaveCount(3);
  // Newest first: the latest is on top, the oldest wait behind the summary.
  await expect(toasts(a).first()).toContainText("Nudge five");
  const summary = a.getByTestId("nudge-toasts").locator(".toast-summary");
  await expect(summary).toContainText("2 more nudges");
  await summary.getByRole("button", { name: "Show all" }).click();
  await expect(toasts(a)).toHaveCount(5);
  await summary.getByRole("button", { name: "Dismiss all" }).click();
  await expect(toasts(a)).toHaveCount(0);
  await a.reload();
  await expect(a.getByTestId("sync-status")).toHaveText("Live");
  await b.getByLabel("Nudge text").fill("After the reload");
  await b.getByRole("button", { name: "Send", exact: true }).click();
  await expect(toasts(a)).toHaveCount(1);
});
