import { expect, test } from "@playwright/test";
import { makeWav } from "../../lib/recordings/make-wav";
import { openRoomForTwo } from "../fixtures/room";

test("an observer watches but cannot change the transcript or the recording", async ({ browser }) => {
  const { a, b, bob } = await openRoomForTwo(browser, "Observed call");
  const interviewId = new URL(a.url()).pathname.split("/").pop()!;
  await a.getByRole("button", { name: "Manage roles" }).click();
  await a.getByLabel(`Role of ${bob.name}`).selectOption("observer");
  await expect(b.getByTestId("my-role")).toHaveText("observer");

  // No import, no editing, no tag palette for an observer.
  await expect(b.getByRole("button", { name: "Import transcript" })).toHaveCount(0);
  await expect(b.getByTestId("transcript-editor")).toHaveAttribute("contenteditable", "false");
  await expect(b.getByTestId("tag-palette")).toHaveCount(0);

  // The server says so too, whatever the page shows.
  const wav = makeWav({ seconds: 1 });
  const upload = await b.request.post(`/api/interviews/${interviewId}/recording`, {
    data: Buffer.from(wav),
    headers: { "content-type": "audio/wav", "x-file-name": "call.wav" },
  });
  expect(upload.status()).toBe(403);
  expect((await upload.json()).error).toMatch(/Observers/);
  const byInterviewer = await a.request.post(`/api/interviews/${interviewId}/recording`, {
    data: Buffer.from(wav),
    headers: { "content-type": "audio/wav", "x-file-name": "call.wav" },
  });
  expect(byInterviewer.status()).toBe(201);
  expect((await b.request.get(`/api/interviews/${interviewId}/recording`)).status()).toBe(200);
});
