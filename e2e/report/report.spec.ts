import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { expect, test, type Page } from "@playwright/test";
import { makeWav } from "../../lib/recordings/make-wav";
import { importShortCall, joinRoom, openRoom } from "../fixtures/room";

const utterance = (page: Page, text: string) => page.getByTestId("transcript-editor").locator("p.utterance", { hasText: text });
const tagList = (page: Page) => page.getByTestId("tag-list");

/** Selects an utterance's words and tags them with a hotkey, skipping the note. */
async function tagSpan(page: Page, words: string, hotkey: string, label: string) {
  await utterance(page, words).getByText(words).selectText();
  await page.keyboard.press(hotkey);
  await page.getByLabel("Tag note").press("Escape");
  await expect(tagList(page)).toContainText(label);
}

test.setTimeout(120_000);

test("both tag blind, reveal, and the report shows the buddy's blind spot, links to the moment and exports CSV", async ({ browser }) => {
  const { page: a, person: ana, roomUrl } = await openRoom(browser, "Report walkthrough", { name: "Ana" });
  const interviewId = new URL(roomUrl).pathname.split("/").pop()!;
  await importShortCall(a);
  await a.getByLabel("Recording file").setInputFiles({ name: "call.wav", mimeType: "audio/wav", buffer: Buffer.from(makeWav({ seconds: 8 })) });
  await expect(a.getByTestId("player")).toBeVisible();

  const { page: b, person: bo } = await joinRoom(browser, a, roomUrl, { name: "Bo", as: "buddy" });
  await expect(b.getByTestId("my-role")).toHaveText("buddy");

  // Both call the opener an open question; only Bo sees the missed follow-up on the spreadsheet.
  await tagSpan(a, "Walk me through the last time you planned a route.", "1", "Open question");
  await tagSpan(b, "Walk me through the last time you planned a route.", "1", "Open question");
  await utterance(b, "spreadsheet").getByText("I rebuilt the whole plan by hand in a spreadsheet.").selectText();
  await b.getByTestId("tag-palette").getByRole("button", { name: /Missed follow-up/ }).click();
  await b.getByLabel("Tag note").fill("why by hand?");
  await b.getByLabel("Tag note").press("Enter");
  await expect(tagList(b)).toContainText("why by hand?");

  // Before the reveal, Ana's report and exports hold only her own tags, and say why.
  await a.getByRole("button", { name: "I'm done" }).click();
  await expect(a.getByTestId("done-state")).toBeVisible();
  await a.getByRole("link", { name: "Report", exact: true }).click();
  await expect(a).toHaveURL(`/interviews/${interviewId}/report`);
  await expect(a.getByTestId("comparison-note")).toContainText("I'm done");
  await expect(a.getByTestId("blind-spots-buddy")).toHaveCount(0);
  const early = await a.request.get(`/api/interviews/${interviewId}/report?format=csv`);
  expect(early.status()).toBe(200);
  expect(await early.text()).not.toContain("missed-follow-up");
  // The machine as a third rater: before the reveal, compared with Ana only.
  const machine = a.getByTestId("machine-agreement");
  // It codes both of Jo's questions open; Ana tagged one of them, so agreement is no better than chance.
  await expect(machine).toContainText(`On open questions the machine found 2, ${ana.name} tagged 1: slight agreement beyond chance (kappa 0.00, AC1`);
  await expect(machine).not.toContainText(bo.name);

  // Bo is done too: revealed. The report now contrasts both.
  await b.getByRole("button", { name: "I'm done" }).click();
  await expect(b.getByTestId("blind-status")).toContainText("Revealed");
  await a.reload();
  await expect(a.getByTestId("comparison-note")).toHaveCount(0);
  await expect(a.getByTestId("next-focus")).toContainText("Next focus");
  await expect(a.getByTestId("small-n-warning")).toContainText("rough hint");
  await expect(a.getByTestId("report-taggers")).toContainText(`${bo.name} (buddy, 2 tags)`);
  const blindSpot = a.getByTestId("blind-spots-buddy").locator(".moment", { hasText: "Missed follow-up" });
  await expect(blindSpot).toContainText("Sam Rivera");
  await expect(blindSpot).toContainText("I rebuilt the whole plan by hand in a spreadsheet.");
  await expect(blindSpot).toContainText("why by hand?");
  await expect(a.getByTestId("timeline").locator("svg")).toBeVisible();
  // After it, with Bo too; and what the machine itself is worth, so nobody takes it for ground truth.
  await expect(machine).toContainText(`On open questions the machine found 2, ${bo.name} tagged 1`);
  await expect(machine.getByTestId("machine-expert-agreement")).toContainText(/not ground truth.*100 expert-coded conversations.*kappa 0\.\d\d on question kind/);
  // Per code: both called the opener an open question; only Bo used "Missed follow-up".
  const codeRow = (label: string) => a.getByTestId("agreement-per-code").locator("tr", { hasText: label }).locator("td");
  await expect(codeRow("Open question")).toHaveText(["1", "1", "100%", "1.00", "1.00", "1.00"]);
  await expect(codeRow("Missed follow-up").nth(0)).toHaveText("0");
  await expect(codeRow("Missed follow-up").nth(1)).toHaveText("1");
  await expect(codeRow("Missed follow-up").nth(2)).not.toHaveText("100%");

  // CSV download: one row per tag, Bo's blind spot among them.
  const [download] = await Promise.all([a.waitForEvent("download"), a.getByRole("link", { name: "Download CSV of all tags" }).click()]);
  expect(download.suggestedFilename()).toBe("secondear-report-report-walkthrough.csv");
  const rows = parse(await readFile((await download.path())!, "utf8"), { columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(3);
  expect(rows).toContainEqual(expect.objectContaining({
    who: "buddy", name: bo.name, code: "missed-follow-up", step: "4", polarity: "-", utterance: "3", time: "0:04", time_ms: "4500",
    speaker: "Sam Rivera", quote: "I rebuilt the whole plan by hand in a spreadsheet.", note: "why by hand?",
  }));

  // The blind spot's time opens the room at that moment: utterance in view, player seeked.
  await blindSpot.getByRole("link", { name: "0:04" }).click();
  await expect(a).toHaveURL(`/interviews/${interviewId}?t=4500&u=3`);
  await expect(utterance(a, "spreadsheet")).toBeInViewport();
  await expect.poll(() => a.getByTestId("player").evaluate((el) => (el as HTMLMediaElement).currentTime)).toBeCloseTo(4.5, 1);
  await expect(a.locator("p.utterance.is-playing")).toHaveAttribute("data-start-ms", "4500");

  // Bo's mark on the report's timeline opens the room at the same moment.
  await a.goto(`/interviews/${interviewId}/report`);
  await a.getByTestId("timeline").getByRole("link", { name: /Missed follow-up.*open the room at this moment/ }).click();
  await expect(a).toHaveURL(`/interviews/${interviewId}?t=4500&u=3`);
  await expect(utterance(a, "spreadsheet")).toBeInViewport();

  // The interviewer's trend counts this revealed interview's agreement with Bo.
  await a.goto(`/interviews/${interviewId}/report`);
  await a.getByRole("link", { name: `Trend across ${ana.name}'s interviews` }).click();
  const trendRow = a.getByTestId("trend-table").locator("tr", { hasText: "Report walkthrough" });
  await expect(trendRow).toContainText(bo.name);
  await expect(trendRow).toContainText(" / 75%"); // 3 of 4 utterances alike: only the spreadsheet differs

  // Outsiders get nothing.
  const stranger = await browser.newContext();
  expect((await stranger.request.get(new URL(`/api/interviews/${interviewId}/report?format=json`, roomUrl).toString())).status()).toBe(401);
  await stranger.close();
});
