import { expect, test } from "@playwright/test";
import { importShortCall, joinRoom, openRoom } from "../fixtures/room";

test("on a 1366×768 screen the buddy's nudges are in view, and a 3,000-character unbroken word wraps", async ({ browser }) => {
  const { page: a, roomUrl } = await openRoom(browser, "Layout", { name: "Ana" });
  const { page: b } = await joinRoom(browser, a, roomUrl, { name: "Bo", as: "buddy" });
  for (const page of [a, b]) await page.setViewportSize({ width: 1366, height: 768 });
  await b.evaluate(() => window.scrollTo(0, 0));
  await expect(b.getByRole("button", { name: "Open question!" })).toBeInViewport();
  await expect(b.getByRole("button", { name: "Send", exact: true })).toBeInViewport();

  await a.getByTestId("transcript-editor").click();
  await a.keyboard.insertText("x".repeat(3000));
  await a.getByTestId("live-notes").click();
  await a.keyboard.insertText("y".repeat(3000));
  await expect(b.getByTestId("transcript-editor")).toContainText("x".repeat(3000));
  await expect(b.getByTestId("live-notes")).toContainText("y".repeat(3000));
  for (const size of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
    for (const page of [a, b]) {
      await page.setViewportSize(size);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    }
  }
});

test("an empty room says what the transcript and live notes are for, until they have content", async ({ browser }) => {
  const { page: a } = await openRoom(browser, "Empty room", { name: "Ana" });
  await expect(a.getByTestId("transcript-empty")).toContainText("No transcript yet: import one");
  await expect(a.getByTestId("live-notes-empty")).toContainText("quotes and observations during the call");
  await a.getByTestId("live-notes").click();
  await a.keyboard.type("She keeps a paper list");
  await expect(a.getByTestId("live-notes-empty")).toHaveCount(0);
  await importShortCall(a);
  await expect(a.getByTestId("transcript-empty")).toHaveCount(0);
});
