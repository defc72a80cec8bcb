// The interviews page as a team uses it: each interview's state, people, tag counts and
// recording; sort and filter kept in the URL.
import { expect, test, type Page } from "@playwright/test";
import { makeWav } from "../../lib/recordings/make-wav";
import { createInterview, joinRoom, openRoom } from "../fixtures/room";

const row = (page: Page, title: string) => page.getByTestId("interview-row").filter({ has: page.getByRole("link", { name: title, exact: true }) });
const titles = (page: Page) => page.getByTestId("interview-row").getByRole("link").allInnerTexts();

test.setTimeout(120_000);

test("each interview shows its state, people, tag counts, recording and an unambiguous date; sort and filter live in the URL", async ({ browser }) => {
  const { page: a, roomUrl } = await openRoom(browser, "Zebra crossing study", { name: "Ana" });
  const { page: b } = await joinRoom(browser, a, roomUrl, { name: "Bo", as: "buddy" });
  // A live tag each while the call runs.
  await a.getByRole("button", { name: "Start call" }).click();
  for (const page of [a, b]) {
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("1");
    await page.getByLabel("Tag note").press("Escape");
    await expect(page.getByTestId("tag-list").locator(".tag-item")).toHaveCount(1);
  }
  const alphaUrl = await createInterview(a, "Alpha pricing");
  await a.getByLabel("Recording file").setInputFiles({ name: "call.wav", mimeType: "audio/wav", buffer: Buffer.from(makeWav({ seconds: 2 })) });
  await expect(a.getByTestId("player")).toBeVisible();

  await a.goto("/interviews");
  const zebra = row(a, "Zebra crossing study");
  await expect(zebra.getByTestId("interview-state")).toHaveText("live");
  // Blind: Ana sees her own count, not Bo's.
  await expect(zebra.getByTestId("interview-people")).toHaveText("you (interviewer, 1 tag) · Bo (buddy, tags private)");
  await expect(zebra.getByTestId("interview-recording")).toHaveText("no recording");
  await expect(zebra.locator("time")).toHaveText(/^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}$/);
  const alpha = row(a, "Alpha pricing");
  await expect(alpha.getByTestId("interview-state")).toHaveText("in review");
  await expect(alpha.getByTestId("interview-recording")).toHaveText("recording");
  await expect(alpha.getByTestId("interview-people")).toHaveText("you (interviewer, 0 tags)");
  await expect(titles(a)).resolves.toEqual(["Alpha pricing", "Zebra crossing study"]);

  // Sort and filter: in the URL, so a reload (or a shared link) keeps the view.
  await a.getByLabel("Sort by").selectOption("oldest");
  await expect(a).toHaveURL(/\?sort=oldest$/);
  await expect.poll(() => titles(a)).toEqual(["Zebra crossing study", "Alpha pricing"]);
  await a.getByLabel("State").selectOption("live");
  await expect.poll(() => titles(a)).toEqual(["Zebra crossing study"]);
  await expect(a.getByTestId("interview-count")).toHaveText("1 of 2 interviews");
  await a.getByLabel("State").selectOption("all");
  await a.getByLabel("Search").fill("pricing");
  await expect.poll(() => titles(a)).toEqual(["Alpha pricing"]);
  await expect(a).toHaveURL(/sort=oldest&q=pricing$/);
  await a.reload();
  await expect(a.getByLabel("Search")).toHaveValue("pricing");
  await expect.poll(() => titles(a)).toEqual(["Alpha pricing"]);
  await a.getByLabel("Search").fill("nobody here");
  await expect(a.getByText("No interview matches.")).toBeVisible();
  await a.getByRole("link", { name: "Show all" }).click();
  await expect.poll(() => titles(a)).toEqual(["Alpha pricing", "Zebra crossing study"]);

  // Call stopped and tags revealed: both people's counts, for both of them.
  await a.goto(roomUrl);
  await a.getByRole("button", { name: "Stop" }).click();
  await a.getByRole("button", { name: "Reveal now" }).click();
  await a.getByRole("group", { name: "Confirm revealing the tags" }).getByRole("button", { name: "Reveal", exact: true }).click();
  await expect(b.getByTestId("blind-status")).toContainText("Revealed");
  await b.goto("/interviews?sort=title");
  await expect(row(b, "Zebra crossing study").getByTestId("interview-state")).toHaveText("revealed");
  await expect(row(b, "Zebra crossing study").getByTestId("interview-people")).toHaveText("Ana (interviewer, 1 tag) · you (buddy, 1 tag)");
  // The buddy link made Bo a member: he sees Alpha too, and Ana's tags there stay private to her.
  await expect(titles(b)).resolves.toEqual(["Alpha pricing", "Zebra crossing study"]);
  await expect(row(b, "Alpha pricing").getByTestId("interview-people")).toHaveText("Ana (interviewer, tags private)");
  await expect(row(b, "Alpha pricing").getByRole("link", { name: "Alpha pricing" })).toHaveAttribute("href", new URL(alphaUrl).pathname);
});
