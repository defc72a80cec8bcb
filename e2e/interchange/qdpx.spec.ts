import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { newPerson, signUp } from "../fixtures/accounts";
import { importShortCall, joinRoom, openRoom } from "../fixtures/room";

const utterance = (page: Page, text: string) => page.getByTestId("transcript-editor").locator("p.utterance", { hasText: text });
const tagList = (page: Page) => page.getByTestId("tag-list");

async function tagSpan(page: Page, words: string, hotkey: string, label: string) {
  await utterance(page, words).getByText(words).selectText();
  await page.keyboard.press(hotkey);
  await page.getByLabel("Tag note").press("Escape");
  await expect(tagList(page)).toContainText(label);
}

test.setTimeout(150_000);

test("export a coded interview as .qdpx from the report, import it elsewhere: two coders arrive as two people and the report compares them", async ({ browser }) => {
  const { page: a, roomUrl } = await openRoom(browser, "Exchange walkthrough", { name: "Ana" });
  const interviewId = new URL(roomUrl).pathname.split("/").pop()!;
  await importShortCall(a);
  const { page: b } = await joinRoom(browser, a, roomUrl, { name: "Bo", as: "buddy" });
  await tagSpan(a, "Walk me through the last time you planned a route.", "1", "Open question");
  await tagSpan(b, "Walk me through the last time you planned a route.", "1", "Open question");
  await utterance(b, "spreadsheet").getByText("I rebuilt the whole plan by hand in a spreadsheet.").selectText();
  await b.getByTestId("tag-palette").getByRole("button", { name: /Missed follow-up/ }).click();
  await b.getByLabel("Tag note").fill("why by hand?");
  await b.getByLabel("Tag note").press("Enter");
  await expect(tagList(b)).toContainText("why by hand?");
  await a.getByRole("button", { name: "I'm done" }).click();
  await b.getByRole("button", { name: "I'm done" }).click();
  await expect(b.getByTestId("blind-status")).toContainText("Revealed");

  await a.goto(`/interviews/${interviewId}/report`);
  await expect(a.getByTestId("report-taggers")).toContainText("Bo (buddy, 2 tags)");
  const [download] = await Promise.all([a.waitForEvent("download"), a.getByRole("link", { name: "Download REFI-QDA (.qdpx)" }).click()]);
  expect(download.suggestedFilename()).toBe("secondear-exchange-walkthrough.qdpx");
  const qdpx = await readFile((await download.path())!);
  expect(qdpx.subarray(0, 2).toString()).toBe("PK");

  // Someone in another workspace, where neither Ana nor Bo is a member, imports it.
  const cleo = newPerson("Cleo");
  const c = await (await browser.newContext()).newPage();
  await signUp(c, cleo);
  await expect(c).toHaveURL(/\/interviews$/);
  const importer = c.getByRole("region", { name: /Import from ATLAS\.ti/ });
  // A file that is not a project says what is wrong and where, and stores nothing.
  await importer.getByLabel("REFI-QDA project (.qdpx or .qde)").setInputFiles({ name: "broken.qde", mimeType: "application/xml", buffer: Buffer.from('<Project name="x">\n<Users>\n</Project>') });
  await expect(importer.getByRole("alert")).toContainText("broken.qde line 3");
  await importer.getByLabel("REFI-QDA project (.qdpx or .qde)").setInputFiles({ name: "exchange.qdpx", mimeType: "application/zip", buffer: qdpx });
  await expect(importer.getByTestId("import-people")).toContainText("Ana — interviewer, 1 tag (external coder)");
  await expect(importer.getByTestId("import-people")).toContainText("Bo — buddy, 2 tags (external coder)");
  await c.screenshot({ path: "test-results/qdpx-import-preview.png", fullPage: true });
  await importer.getByRole("button", { name: "Import as a new interview" }).click();

  await expect(c).toHaveURL(/\/interviews\/[a-z0-9]+\/report$/);
  await expect(c.getByRole("heading", { name: "Exchange walkthrough" })).toBeVisible();
  await expect(c.getByTestId("comparison-note")).toHaveCount(0);
  // Ana has no account here: no trend link to follow.
  await expect(c.getByRole("link", { name: /Trend across/ })).toHaveCount(0);
  await expect(c.getByTestId("report-taggers")).toContainText("Ana (interviewer, 1 tag)");
  await expect(c.getByTestId("report-taggers")).toContainText("Bo (buddy, 2 tags)");
  const codeRow = (label: string) => c.getByTestId("agreement-per-code").locator("tr", { hasText: label }).locator("td");
  await expect(codeRow("Open question")).toHaveText(["1", "1", "100%", "1.00", "1.00", "1.00"]);
  const blindSpot = c.getByTestId("blind-spots-buddy").locator(".moment", { hasText: "Missed follow-up" });
  await expect(blindSpot).toContainText("I rebuilt the whole plan by hand in a spreadsheet.");
  await expect(blindSpot).toContainText("why by hand?");
  await c.screenshot({ path: "test-results/qdpx-imported-report.png", fullPage: true });

  // The room opens the imported interview like any other: the transcript, and both coders' tags (not blind).
  await c.getByRole("link", { name: "← Back to the room" }).click();
  await expect(c.getByTestId("sync-status")).toHaveText("Live");
  await expect(c.getByTestId("transcript-editor")).toContainText("What happened next?");
  await expect(tagList(c)).toContainText("Tags (3)");
  await expect(tagList(c).getByText("Missed follow-up")).toBeVisible();
  await c.screenshot({ path: "test-results/qdpx-imported-room.png", fullPage: true });
});

test("the codebook page downloads a .qdc and merges one in", async ({ browser }) => {
  const { page } = await openRoom(browser, "Codebook exchange", { name: "Dee" });
  await page.goto("/interviews");
  await page.getByRole("link", { name: "Edit codebook" }).click();
  const exchange = page.getByRole("region", { name: /Exchange with ATLAS\.ti/ });
  const [download] = await Promise.all([page.waitForEvent("download"), exchange.getByRole("link", { name: "Download codebook (.qdc)" }).click()]);
  const qdc = await readFile((await download.path())!, "utf8");
  expect(qdc).toContain('name="Open question"');
  const extended = qdc.replace("</Codes>", '<Code guid="bbbbbbbb-0000-0000-0000-000000000001" name="Rapport" isCodable="true" color="#aa3300"/></Codes>');
  await exchange.getByLabel(/Import a codebook/).setInputFiles({ name: "extended.qdc", mimeType: "application/xml", buffer: Buffer.from(extended) });
  await expect(exchange.getByRole("status")).toContainText("15 code(s) already in the codebook; added 1: Rapport.");
  await expect(page.getByTestId("codebook")).toContainText("Rapport");
  await exchange.getByLabel(/Import a codebook/).setInputFiles({ name: "bad.qdc", mimeType: "application/xml", buffer: Buffer.from("<CodeBook><Codes>") });
  await expect(exchange.getByRole("alert")).toContainText("bad.qdc line 1");
  await page.screenshot({ path: "test-results/qdc-codebook.png", fullPage: true });
});
