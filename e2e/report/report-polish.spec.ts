// The report reads as people expect: one time per live tag, code names in the matrix, an empty
// seat said in words, and a printout that carries the date and keeps headings with their content.
import { expect, test, type Page } from "@playwright/test";
import { importShortCall, joinRoom, openRoom } from "../fixtures/room";

const utterance = (page: Page, text: string) => page.getByTestId("transcript-editor").locator("p.utterance", { hasText: text });

async function tagSpan(page: Page, words: string, hotkey: string) {
  await utterance(page, words).getByText(words).selectText();
  await page.keyboard.press(hotkey);
  await page.getByLabel("Tag note").press("Escape");
}

test.setTimeout(120_000);

test("a live tag shows one time in every section, and the disagreement matrix names codes", async ({ browser }) => {
  const { page: a, roomUrl } = await openRoom(browser, "Report times", { name: "Ana" });
  await importShortCall(a);
  const { page: b } = await joinRoom(browser, a, roomUrl, { name: "Bo", as: "buddy" });
  // Different codes on the opener: a disagreement.
  await tagSpan(a, "Walk me through the last time you planned a route.", "1");
  await tagSpan(b, "Walk me through the last time you planned a route.", "2");
  // Bo presses "Held silence" about 5 s into the call: with the 3 s reaction lag it lands on Sam's first turn (from 0:01).
  await a.getByRole("button", { name: "Start call" }).click();
  await a.waitForTimeout(5_200);
  // No transcript text selected (that would tag the selection): a caret, then focus out of the editor.
  await utterance(b, "forty stops").click();
  await b.getByRole("heading", { level: 1 }).click();
  await b.keyboard.press("9");
  await b.getByLabel("Tag note").press("Escape");
  const pressed = (await b.getByTestId("tag-list").locator(".tag-item", { hasText: "Held silence" }).innerText()).match(/\d+:\d\d/)![0];
  expect(pressed).not.toBe("0:01");
  await a.getByRole("button", { name: "Stop" }).click();
  await a.getByRole("button", { name: "Reveal now" }).click();
  await a.getByRole("group", { name: "Confirm revealing the tags" }).getByRole("button", { name: "Reveal", exact: true }).click();
  await expect(a.getByTestId("blind-status")).toContainText("Revealed");

  await a.goto(`${roomUrl}/report`);
  const blindSpot = a.getByTestId("blind-spots-buddy").locator(".moment", { hasText: "Held silence" });
  await expect(blindSpot).toContainText("Last Tuesday I had forty stops");
  await expect(blindSpot.locator(".moment-time")).toHaveText(pressed);
  const row = a.getByTestId("tag-table").locator("tr", { hasText: "Held silence" });
  await expect(row.locator("td").first()).toHaveText(pressed);
  // The timeline's mark opens the room at the same moment as the blind spot.
  const href = await blindSpot.locator(".moment-time").getAttribute("href");
  await expect(a.getByTestId("timeline").locator(`a[href="${href}"]`)).toHaveCount(1);

  const matrix = a.getByTestId("disagreements").locator("table.confusion");
  await expect(matrix.locator("thead th")).toHaveText(["", "Open question", "Closed question", "Held silence", "(not tagged)"]);
  await expect(matrix).not.toContainText("open-question");
  await expect(a.getByTestId("disagreements").locator(".moment-note")).toHaveText("Ana: Open question · Bo: Closed question");
});

test("with no buddy yet the report says so in words, and prints with its date, headings kept with their content", async ({ browser }) => {
  const { page: a, person, roomUrl } = await openRoom(browser, "Alone so far", { name: "Ana" });
  await importShortCall(a);
  // Its note is one unbroken word as long as a note may be (300): the report wraps it rather than widening the page.
  await utterance(a, "What happened next?").getByText("What happened next?").selectText();
  await a.keyboard.press("6");
  await a.getByLabel("Tag note").fill("z".repeat(300));
  await a.getByLabel("Tag note").press("Enter");
  await expect(a.getByTestId("tag-list")).toContainText("zzzz");
  await a.goto(`${roomUrl}/report`);
  for (const size of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
    await a.setViewportSize(size);
    await expect(a.getByTestId("tag-table")).toContainText("z".repeat(300));
    expect(await a.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
  }
  await expect(a.getByTestId("report-taggers")).toHaveText(`${person.name} (interviewer, 1 tag); no buddy yet`);
  await expect(a.getByTestId("comparison-note")).toContainText("There is no buddy on this interview yet");
  await expect(a.getByTestId("step-counts").locator("thead th")).toHaveCount(3);
  await expect(a.getByTestId("report")).not.toContainText(/no buddy yet \(buddy|No buddy yet/);
  await expect(a.getByTestId("timeline")).toContainText("no buddy yet");

  const day = /^interview of \d{1,2} [A-Z][a-z]{2} \d{4}, report of \d{1,2} [A-Z][a-z]{2} \d{4}$/;
  await expect(a.getByTestId("report-date")).toHaveText(day);
  // As printed on A4 (794 px wide at 96 dpi): the date is there, the app's header is not, and the
  // header, the note and the per-practice counts fit the first page (1123 px less the margins).
  await a.setViewportSize({ width: 720, height: 1000 });
  await a.emulateMedia({ media: "print" });
  await expect(a.locator(".app-header")).toBeHidden();
  await expect(a.getByTestId("report-date")).toBeVisible();
  const bottom = await a.getByTestId("step-counts").evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
  expect(bottom).toBeLessThan(1020);
  for (const heading of await a.locator(".report-section h2").all()) {
    expect(await heading.evaluate((el) => getComputedStyle(el).breakAfter)).toBe("avoid");
  }
  const pdf = await a.pdf({ format: "A4" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
});
