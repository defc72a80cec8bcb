import { expect, test, type Page } from "@playwright/test";
import { importShortCall, joinRoom, openRoom } from "../fixtures/room";

const clockSeconds = async (page: Page) => {
  const [m, s] = (await page.getByLabel("Call time", { exact: true }).innerText()).split(":").map(Number);
  return m * 60 + s;
};

test("Stop then Start resumes the call clock; resetting is a confirmed choice", async ({ browser }) => {
  const { page: a, roomUrl } = await openRoom(browser, "Clock", { name: "Ana" });
  const { page: b } = await joinRoom(browser, a, roomUrl, { name: "Bo", as: "buddy" });
  await a.getByRole("button", { name: "Start call" }).click();
  await expect(a.getByLabel("Call time", { exact: true })).not.toHaveText("0:00");
  await a.getByRole("button", { name: "Stop" }).click();
  await expect(b.getByTestId("call-clock")).toHaveAttribute("data-status", "stopped");
  const stoppedAt = await clockSeconds(a);
  expect(stoppedAt).toBeGreaterThan(0);
  await a.getByRole("button", { name: "Resume call" }).click();
  await expect(b.getByTestId("call-clock")).toHaveAttribute("data-status", "running");
  expect(await clockSeconds(b)).toBeGreaterThanOrEqual(stoppedAt);
  await a.getByRole("button", { name: "Stop" }).click();

  await a.getByRole("button", { name: "Reset to 0:00" }).click();
  const confirm = a.getByRole("group", { name: "Confirm resetting the call clock" });
  await confirm.getByRole("button", { name: "Keep the time" }).click();
  expect(await clockSeconds(a)).toBeGreaterThanOrEqual(stoppedAt);
  await a.getByRole("button", { name: "Reset to 0:00" }).click();
  await confirm.getByRole("button", { name: "Reset", exact: true }).click();
  await expect(b.getByLabel("Call time", { exact: true })).toHaveText("0:00");
  await expect(a.getByRole("button", { name: "Start call" })).toBeVisible();
});

test("each tagger's \"I'm done\" shows live to the other; Reveal now asks first; a deleted tag comes back with Undo", async ({ browser }) => {
  const { page: a, roomUrl } = await openRoom(browser, "Done and undo", { name: "Ana" });
  const { page: b } = await joinRoom(browser, a, roomUrl, { name: "Bo", as: "buddy" });
  await expect(b.getByTestId("done-interviewer")).toHaveText("still tagging");
  await a.getByRole("button", { name: "I'm done" }).click();
  await expect(b.getByTestId("done-interviewer")).toHaveText("done");
  await expect(a.getByTestId("done-buddy")).toHaveText("still tagging");
  await a.getByRole("button", { name: "Not done yet" }).click();
  await expect(b.getByTestId("done-interviewer")).toHaveText("still tagging");

  // Reveal now: nothing happens until confirmed.
  await a.getByRole("button", { name: "Reveal now" }).click();
  await a.getByRole("group", { name: "Confirm revealing the tags" }).getByRole("button", { name: "Keep them blind" }).click();
  await expect(a.getByTestId("blind-status")).toContainText("Blind tagging");
  await expect(b.getByTestId("blind-status")).toContainText("Blind tagging");

  // Text selected in the transcript, tagged by hotkey, its note saved with Enter: focus goes back to the transcript.
  await importShortCall(a);
  await a.getByTestId("transcript-editor").locator("p.utterance", { hasText: "Walk me through" }).getByText("Walk me through").dblclick();
  await a.keyboard.press("1");
  await a.getByLabel("Tag note").fill("walk me through");
  await a.getByLabel("Tag note").press("Enter");
  await expect(a.getByTestId("transcript-editor")).toBeFocused();
  const tag = a.getByTestId("tag-list").locator(".tag-item", { hasText: "walk me through" });
  await expect(tag).toHaveCount(1);

  await tag.getByRole("button", { name: "Delete Open question tag" }).click();
  await expect(tag).toHaveCount(0);
  await a.getByTestId("undo-toast").getByRole("button", { name: "Undo" }).click();
  await expect(tag).toHaveCount(1);
  await expect(a.getByTestId("undo-toast")).toHaveCount(0);
  await a.reload();
  await expect(a.getByTestId("tag-list").locator(".tag-item", { hasText: "walk me through" })).toHaveCount(1);
});
