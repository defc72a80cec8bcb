import { expect, test } from "@playwright/test";
import { openRoomForTwo } from "../fixtures/room";

test("a tab that loses the network keeps editing and merges when it is back", async ({ browser }) => {
  const { a, b } = await openRoomForTwo(browser, "Offline editing");
  const editorA = a.getByTestId("transcript-editor");
  const editorB = b.getByTestId("transcript-editor");
  await editorA.click();
  await a.keyboard.type("Shared start.");
  await expect(editorB).toContainText("Shared start.");

  await b.context().setOffline(true);
  await expect(b.getByTestId("sync-status")).toHaveText(/Offline|Connecting/);
  await editorB.click();
  await b.keyboard.press("End");
  await b.keyboard.type(" Typed offline by Bob.");
  await editorA.click();
  await a.keyboard.press("Home");
  await a.keyboard.type("Alice meanwhile. ");
  await expect(editorB).not.toContainText("Alice meanwhile.");
  await expect(editorA).not.toContainText("Typed offline by Bob.");

  await b.context().setOffline(false);
  await expect(b.getByTestId("sync-status")).toHaveText("Live", { timeout: 20_000 });
  for (const editor of [editorA, editorB]) {
    await expect(editor).toContainText("Alice meanwhile.");
    await expect(editor).toContainText("Typed offline by Bob.");
  }
  // Same content on both sides (the other person's caret label is not content).
  const content = (editor: typeof editorA) =>
    editor.evaluate((root) => {
      const copy = root.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".collaboration-carets__caret").forEach((caret) => caret.remove());
      return copy.textContent;
    });
  expect(await content(editorA)).toBe(await content(editorB));
});
