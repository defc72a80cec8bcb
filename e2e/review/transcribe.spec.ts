// "Transcribe" on a recording without a transcript, against the stand-in
// speech-to-text service the e2e server starts (scripts/e2e-server.mjs): each
// channel's speech comes back as that channel's speaker, in both browsers.
import { expect, test } from "@playwright/test";
import { makeToneWav } from "../../lib/transcription/testing/make-wav";
import { openRoomForTwo } from "../fixtures/room";

test("the interviewer transcribes the call recording; the buddy's room shows the transcript with both speakers, at their times", async ({ browser }) => {
  const { a, b } = await openRoomForTwo(browser, "Transcribed call");
  // Stereo, as a call recorded in the room: the interviewer (left) speaks 0.5–2.5 s, the customer (right) 3–6 s.
  const wav = makeToneWav({ rate: 48_000, durationMs: 8_000, channels: [[[500, 2_500]], [[3_000, 6_000]]] });
  await a.getByLabel("Recording file").setInputFiles({ name: "call.wav", mimeType: "audio/wav", buffer: Buffer.from(wav) });
  await expect(a.getByTestId("player")).toBeVisible();

  await a.getByRole("button", { name: "Transcribe" }).click();
  for (const page of [a, b]) {
    const utterances = page.getByTestId("transcript-editor").locator("p.utterance");
    await expect(utterances).toHaveCount(2, { timeout: 30_000 });
    await expect(utterances.nth(0)).toContainText("said for 2.0 s");
    await expect(utterances.nth(1)).toContainText("said for 3.0 s");
    await expect(page.getByTestId("transcript-editor")).toContainText("Interviewer");
    await expect(page.getByTestId("transcript-editor")).toContainText("Customer");
  }
  // With a transcript in place the button is gone (importing replaces one on purpose).
  await expect(a.getByRole("button", { name: "Transcribing…" })).toHaveCount(0);
  await expect(a.getByRole("button", { name: "Transcribe" })).toHaveCount(0);
  await expect(b.getByRole("button", { name: "0:03" })).toBeVisible(); // the customer's utterance starts at 3 s
});
