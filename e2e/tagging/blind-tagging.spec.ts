import { expect, test, type Page } from "@playwright/test";
import { importShortCall, joinRoom, openRoom } from "../fixtures/room";

const tagList = (page: Page) => page.getByTestId("tag-list");
/** The tag list entry whose code label is exactly `label` (notes may mention other codes). */
const tagItem = (page: Page, label: string) =>
  tagList(page).locator(".tag-item").filter({ has: page.locator(".tag-code", { hasText: new RegExp(`^[+-] ${label}$`) }) });
const utterance = (page: Page, text: string) => page.getByTestId("transcript-editor").locator("p.utterance", { hasText: text });

test("interviewer and buddy tag live and on the transcript, blind until both are done; nudges reach the interviewer", async ({ browser }) => {
  const { page: a, person: ana, roomUrl } = await openRoom(browser, "Blind tagging", { name: "Ana" });
  await expect(a.getByTestId("my-role")).toHaveText("interviewer");
  await importShortCall(a);

  // A single-use buddy link brings Bo in as the buddy.
  const { page: b, person: bo } = await joinRoom(browser, a, roomUrl, { name: "Bo", as: "buddy" });
  await expect(b.getByTestId("my-role")).toHaveText("buddy");
  await expect(a.getByTestId("presence")).toContainText(bo.name);

  // The call starts; everyone sees the same clock.
  await a.getByRole("button", { name: "Start call" }).click();
  await expect(b.getByTestId("call-clock")).toHaveAttribute("data-status", "running");

  // A nudge appears for the interviewer without taking her focus; she marks it taken.
  await a.getByLabel("Tag note").waitFor({ state: "detached" }).catch(() => undefined);
  await b.getByRole("button", { name: "Open question!" }).click();
  const toast = a.getByTestId("nudge-toasts").locator(".toast", { hasText: "Open question!" });
  await expect(toast).toContainText(`from ${bo.name}`);
  expect(await a.evaluate(() => document.activeElement?.closest(".toast") == null)).toBe(true);
  await toast.getByRole("button", { name: "Taken" }).click();
  await expect(tagList(a)).toContainText("Course correction");
  await expect(tagList(a)).toContainText(`Nudge from ${bo.name}: Open question!`);

  // Live tags by hotkey, with a note typed right after.
  await b.locator("body").press("3");
  await b.getByLabel("Tag note").fill("pushed our idea");
  await b.getByLabel("Tag note").press("Enter");
  await expect(tagList(b)).toContainText("Leading question");
  await expect(tagList(b)).toContainText("pushed our idea");
  await a.locator("body").press("1");
  await a.getByLabel("Tag note").press("Escape");
  await expect(tagItem(a, "Open question")).toContainText("live");

  // Span tags: select words in the transcript, then a hotkey or the palette.
  await utterance(a, "What happened next?").getByText("What happened next?").selectText();
  await a.keyboard.press("6");
  await a.getByLabel("Tag note").press("Escape");
  await expect(tagItem(a, "Probing question")).toContainText("What happened next?");
  await expect(utterance(a, "What happened next?").locator(".tag-highlight")).toHaveText("What happened next?");
  await utterance(b, "spreadsheet").getByText("I rebuilt the whole plan by hand in a spreadsheet.").selectText();
  await b.getByTestId("tag-palette").getByRole("button", { name: /Missed follow-up/ }).click();
  await b.getByLabel("Tag note").press("Escape");
  await expect(tagItem(b, "Missed follow-up")).toContainText("spreadsheet");
  // Authors edit their own tags afterwards.
  await tagItem(b, "Missed follow-up").getByRole("button", { name: "Edit Missed follow-up tag" }).click();
  await tagList(b).getByLabel("Edit note").fill("should have asked why");
  await tagList(b).getByRole("button", { name: "Save" }).click();
  await expect(tagItem(b, "Missed follow-up")).toContainText("should have asked why");

  // Blind: neither sees the other's tags.
  await expect(tagList(a)).not.toContainText("Leading question");
  await expect(tagList(b)).not.toContainText("Probing question");
  await expect(b.getByTestId("transcript-editor").locator(".tag-highlight")).toHaveCount(1);

  // Ana is done first: still blind. Then Bo: both layers appear for both.
  await a.getByRole("button", { name: "I'm done" }).click();
  await expect(a.getByTestId("done-state")).toBeVisible();
  await expect(tagList(a)).not.toContainText("Leading question");
  await b.getByRole("button", { name: "I'm done" }).click();
  for (const page of [a, b]) {
    await expect(page.getByTestId("blind-status")).toContainText("Revealed");
  }
  await expect(tagItem(a, "Leading question").and(a.locator(`[data-author="${bo.name}"]`))).toContainText("pushed our idea");
  await expect(tagItem(b, "Probing question").and(b.locator(`[data-author="${ana.name}"]`))).toBeVisible();
  await expect(tagItem(a, "Missed follow-up").and(a.locator(`[data-author="${bo.name}"]`))).toContainText("should have asked why");
  await expect(a.getByTestId("transcript-editor").locator(".tag-highlight")).toHaveCount(2);
  // Others' tags are read-only: no delete button on them.
  await expect(tagList(b).locator(`.tag-item[data-author="${ana.name}"]`).getByRole("button", { name: /Delete|Edit/ })).toHaveCount(0);
});
