import { expect, test, type Page } from "@playwright/test";
import { makeWav } from "../../lib/recordings/make-wav";
import { newPerson, signUp } from "../fixtures/accounts";
import { openRoomForTwo, SHORT_CALL_VTT } from "../fixtures/room";

const currentTime = (page: Page) => page.getByTestId("player").evaluate((el) => (el as HTMLMediaElement).currentTime);
const playingStart = (page: Page) => page.locator("p.utterance.is-playing").getAttribute("data-start-ms", { timeout: 1000 }).catch(() => null);

test("import a transcript, everyone sees it live; upload the recording and review it in sync", async ({ browser }) => {
  const { a, b, roomUrl } = await openRoomForTwo(browser, "Route planning review");

  // A broken paste is refused with its line, and nothing can be imported.
  await a.getByRole("button", { name: "Import transcript" }).click();
  const dialog = a.getByRole("dialog", { name: "Import transcript" });
  await dialog.getByLabel("…or paste it").fill("WEBVTT\n\nthis is not a timing line\nHello");
  await expect(dialog.getByTestId("import-error")).toContainText(/line \d/i);
  await expect(dialog.getByRole("button", { name: /^Import/ })).toBeDisabled();

  // The VTT file: preview, roles guessed and adjusted, confirm.
  await dialog.getByLabel(/Transcript file/).setInputFiles(SHORT_CALL_VTT);
  const preview = dialog.getByTestId("import-preview");
  await expect(preview).toContainText("4 utterances");
  await expect(dialog.getByLabel("Role of Jo Park")).toHaveValue("interviewer");
  await expect(dialog.getByLabel("Role of Sam Rivera")).toHaveValue("customer");
  await dialog.getByLabel("Role of Sam Rivera").selectOption("other");
  await dialog.getByLabel("Role of Sam Rivera").selectOption("customer");
  await dialog.getByRole("button", { name: "Import 4 utterances" }).click();
  await expect(dialog).toBeHidden();

  // Bob sees it arrive without reloading, with speakers, roles and times.
  const bobEditor = b.getByTestId("transcript-editor");
  await expect(bobEditor).toContainText("I rebuilt the whole plan by hand in a spreadsheet.");
  await expect(bobEditor.locator('p.utterance[data-role="customer"]')).toHaveCount(2);
  await expect(bobEditor.locator('p.utterance[data-speaker="Jo Park"][data-start-ms="3000"]')).toContainText("What happened next?");

  // Re-import asks first.
  await a.getByRole("button", { name: "Import transcript" }).click();
  await dialog.getByLabel(/Transcript file/).setInputFiles(SHORT_CALL_VTT);
  await dialog.getByRole("button", { name: "Import 4 utterances" }).click();
  await expect(dialog.getByRole("alert")).toContainText("replaces the transcript for everyone");
  await dialog.getByRole("button", { name: "Replace transcript" }).click();
  await expect(a.getByTestId("transcript-editor").locator("p.utterance")).toHaveCount(4);

  // A file that is not audio or video is refused, by its bytes, with a message.
  const recordingInput = a.getByLabel("Recording file");
  await recordingInput.setInputFiles({ name: "notes.mp3", mimeType: "audio/mpeg", buffer: Buffer.from("Jo: hello\nSam: hi\n".repeat(50)) });
  await expect(a.getByTestId("recording-error")).toContainText("That file is not audio or video");

  // A real recording: 8 s of tone, generated here.
  await recordingInput.setInputFiles({ name: "call.wav", mimeType: "audio/wav", buffer: Buffer.from(makeWav({ seconds: 8 })) });
  await expect(a.getByTestId("player")).toBeVisible();
  await expect(b.getByTestId("player")).toBeVisible(); // announced to the room
  await expect.poll(() => a.getByTestId("player").evaluate((el) => (el as HTMLMediaElement).duration)).toBeCloseTo(8, 1);

  // Clicking an utterance's time seeks there, and that utterance lights up.
  await a.getByRole("button", { name: "0:03" }).click();
  await expect.poll(() => currentTime(a)).toBeCloseTo(3, 1);
  await expect.poll(() => playingStart(a)).toBe("3000");

  // Space plays (focus is not in the editor); the highlight follows playback.
  await a.keyboard.press("Space");
  await expect.poll(() => playingStart(a), { timeout: 10_000 }).toBe("4500");
  await expect.poll(() => currentTime(a)).toBeGreaterThan(4.5);
  await a.keyboard.press("Space");
  const paused = await currentTime(a);
  await a.keyboard.press("ArrowLeft");
  await expect.poll(() => currentTime(a)).toBeCloseTo(Math.max(0, paused - 5), 1);
  // In the editor, arrows move the caret and leave the player alone.
  await a.getByTestId("transcript-editor").getByText("What happened next?").click();
  await a.keyboard.press("ArrowLeft");
  await a.keyboard.press("ArrowLeft");
  expect(await currentTime(a)).toBeCloseTo(Math.max(0, paused - 5), 1);

  // An offset: the recording started 1 s after the transcript's 0:00. In seconds, as the
  // transcript's start on the call clock is: one unit for both of the review's clock settings.
  await expect(a.getByLabel("Transcript starts at call time")).toHaveValue("0");
  await expect(a.locator(".offset-setting label")).toHaveText(/^Recording starts at transcript time\s*s$/);
  await a.getByLabel("Recording offset in seconds").fill("1000ms");
  await a.getByRole("button", { name: "Save offset" }).click();
  await expect(a.locator(".offset-setting [role=alert]")).toHaveText("Write the offset in seconds, e.g. 1.5 or -2 (or as m:ss)");
  await a.getByLabel("Recording offset in seconds").fill("1");
  await a.getByRole("button", { name: "Save offset" }).click();
  await expect(a.getByRole("button", { name: "Save offset" })).toBeHidden();
  await a.getByRole("button", { name: "0:03" }).click();
  await expect.poll(() => currentTime(a)).toBeCloseTo(2, 1);
  await expect(b.getByLabel("Recording offset in seconds")).toHaveValue("1");
  // The transcript's start takes seconds or m:ss alike.
  await a.getByLabel("Transcript starts at call time").fill("0:02.5");
  await a.getByLabel("Transcript starts at call time").press("Enter");
  await expect(b.getByTestId("call-offset")).toHaveText("Transcript starts at call time 2.5 s");

  // The bytes are served with Range to members only.
  const recordingUrl = new URL(roomUrl).origin + `/api/interviews/${roomUrl.split("/").pop()}/recording`;
  const partial = await b.request.get(recordingUrl, { headers: { range: "bytes=0-11" } });
  expect(partial.status()).toBe(206);
  expect(partial.headers()["content-range"]).toMatch(/^bytes 0-11\/\d+$/);
  expect((await partial.body()).subarray(0, 4).toString()).toBe("RIFF");
  const stranger = await browser.newContext();
  expect((await stranger.request.get(recordingUrl)).status()).toBe(401);
  expect((await stranger.request.delete(recordingUrl)).status()).toBe(401);

  // Removing it asks first, then it is gone for both: no player, the upload offered again, the bytes no longer served.
  await a.getByRole("button", { name: "Remove recording" }).click();
  await a.getByRole("button", { name: "Keep it" }).click();
  await expect(a.getByTestId("player")).toBeVisible();
  // Offline, the removal says it did not happen, and nothing changes.
  const confirmRemove = a.getByRole("group", { name: "Confirm removing the recording" }).getByRole("button", { name: "Remove", exact: true });
  await a.context().setOffline(true);
  await a.getByRole("button", { name: "Remove recording" }).click();
  await confirmRemove.click();
  await expect(a.getByTestId("recording-panel").getByRole("alert")).toContainText("the recording was not removed");
  await expect(a.getByTestId("player")).toBeVisible();
  await a.context().setOffline(false);
  await expect(a.getByTestId("sync-status")).toHaveText("Live");
  await a.getByRole("button", { name: "Remove recording" }).click();
  await confirmRemove.click();
  for (const page of [a, b]) {
    await expect(page.getByTestId("player")).toBeHidden();
    await expect(page.getByRole("button", { name: "Upload recording" })).toBeVisible();
  }
  expect((await b.request.get(recordingUrl)).status()).toBe(404);

  await stranger.close();
  await a.context().close();
  await b.context().close();
});

test("follow mode keeps the playing utterance in view, and pauses while the reader scrolls", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signUp(page, newPerson("Dana"));
  await page.getByLabel("Title").fill("A long call");
  await page.getByRole("button", { name: "Create interview" }).click();
  await expect(page.getByTestId("sync-status")).toHaveText("Live");
  // A minute of one-second turns, pasted in "[hh:mm:ss] Name: text" form.
  const lines = Array.from({ length: 60 }, (_, i) => `[00:00:${String(i).padStart(2, "0")}] ${i % 2 ? "Sam" : "Jo"}: turn ${i}, long enough to wrap onto a second line in the transcript column.`);
  await page.getByRole("button", { name: "Import transcript" }).click();
  await page.getByRole("dialog").getByLabel("…or paste it").fill(lines.join("\n"));
  await page.getByRole("dialog").getByRole("button", { name: "Import 60 utterances" }).click();
  await page.getByLabel("Recording file").setInputFiles({ name: "long.wav", mimeType: "audio/wav", buffer: Buffer.from(makeWav({ seconds: 60, frequency: 0 })) });
  await expect.poll(() => page.getByTestId("player").evaluate((el) => (el as HTMLMediaElement).duration)).toBeCloseTo(60, 0);

  const editor = page.getByTestId("transcript-editor");
  const playingInView = () =>
    editor.evaluate((box) => {
      const playing = box.querySelector("p.is-playing");
      if (!playing) return null;
      const outer = box.getBoundingClientRect();
      const inner = playing.getBoundingClientRect();
      return inner.top >= outer.top && inner.bottom <= outer.bottom;
    });

  await page.getByRole("heading", { name: "A long call" }).click(); // focus on the page, not a control
  for (let i = 0; i < 8; i += 1) await page.keyboard.press("ArrowRight");
  await expect.poll(() => playingStart(page)).toBe("40000");
  await expect.poll(playingInView).toBe(true);

  // The reader scrolls back up: following pauses, so a jump does not yank the view.
  await editor.hover();
  await page.mouse.wheel(0, -5000);
  await expect(page.getByRole("button", { name: /Following paused/ })).toBeVisible();
  await page.getByRole("heading", { name: "A long call" }).click();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => playingStart(page)).toBe("45000");
  expect(await playingInView()).toBe(false);
  await page.getByRole("button", { name: /Following paused/ }).click();
  await expect.poll(playingInView).toBe(true);
});
