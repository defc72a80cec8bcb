import { expect, test } from "@playwright/test";
import { seriousViolations } from "../fixtures/axe";
import { callTabAudioScript, recordingDuration, writeToneWav } from "../fixtures/call-audio";
import { chromiumArgs, chromiumPath } from "../fixtures/chromium";
import { joinRoom, openRoom } from "../fixtures/room";

// The interviewer's microphone talks 2 s of every 3; the customer (the shared call tab) 1 s of every 3:
// the interviewer's share of the talking is 2/3 whatever the two patterns' phase.
const MIC = { onMs: 2000, periodMs: 3000, frequency: 330 };
const CALL = { onMs: 1000, periodMs: 3000, frequency: 520 };
const micWav = writeToneWav({ file: "secondear-e2e-mic.wav", seconds: 30, ...MIC });

test.use({
  launchOptions: {
    executablePath: chromiumPath,
    args: [
      ...chromiumArgs,
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-audio-capture=${micWav}`,
      "--autoplay-policy=no-user-gesture-required",
    ],
  },
});

test("the interviewer records the call in the room through a network loss; the buddy sees the talk meter, gets 'Speak less' and plays the recording", async ({ browser }) => {
  test.setTimeout(180_000);
  const { page: alice, roomUrl } = await openRoom(browser, "Recorded call", { name: "Alice" });
  await alice.addInitScript(callTabAudioScript(CALL));
  await alice.reload();
  const { page: bob } = await joinRoom(browser, alice, roomUrl, { as: "buddy", name: "Bob" });

  await alice.getByRole("button", { name: "Record call" }).click();
  await expect(alice.getByTestId("recording-status")).toContainText("Recording");
  const startedAt = Date.now();
  await expect(alice.getByTestId("call-clock")).toHaveAttribute("data-status", "running");
  // One recorder at a time: the buddy may record too, but sees who already is.
  await expect(bob.getByTestId("call-recorder")).toHaveText("Alice is recording the call");

  await alice.waitForTimeout(10_000);
  await alice.context().setOffline(true);
  const offlineFromMs = Date.now() - startedAt;
  await expect(alice.getByTestId("recording-status")).toContainText("waiting to upload", { timeout: 15_000 });
  await alice.waitForTimeout(3_000);
  await alice.context().setOffline(false);
  const offlineToMs = Date.now() - startedAt;
  await expect(alice.getByTestId("recording-status")).toContainText("saved as it goes", { timeout: 20_000 });

  // Everyone sees the meter from the audio; the buddy is offered "Speak less" (2/3 > the default 40%).
  const meter = bob.getByTestId("talk-meter");
  await expect(meter).toBeVisible();
  await expect(bob.getByTestId("speak-less-suggestion")).toBeVisible({ timeout: 20_000 });
  // Recording, the meter and the suggestion on screen: still no serious or critical axe violations.
  expect({ interviewer: await seriousViolations(alice), buddy: await seriousViolations(bob) }).toEqual({ interviewer: [], buddy: [] });
  await bob.getByRole("button", { name: "Send “Speak less”" }).click();
  await expect(alice.getByText("Speak less")).toBeVisible();

  const remaining = 30_000 - (Date.now() - startedAt);
  if (remaining > 0) await alice.waitForTimeout(remaining);
  await alice.getByRole("button", { name: "Stop recording" }).click();
  const recordedMs = Date.now() - startedAt;
  await expect(alice.getByTestId("call-recorder")).toHaveAttribute("data-state", "idle", { timeout: 30_000 });

  const share = Number(await meter.getAttribute("data-share"));
  expect(Math.abs(share - 2 / 3)).toBeLessThan(0.05);

  // The buddy's open room shows the recording at once; it lasts as long as the call was recorded, and the offline seconds hold sound.
  const player = bob.getByTestId("recording-panel").locator("audio, video");
  await expect(player).toHaveCount(1, { timeout: 15_000 });
  const duration = await recordingDuration(bob);
  expect(Math.abs(duration * 1000 - recordedMs)).toBeLessThan(1000);
  const src = await player.evaluate((element: HTMLMediaElement) => element.currentSrc);
  const channels = await bob.evaluate(async ({ url, from, to }) => {
    const bytes = await (await fetch(url)).arrayBuffer();
    const audio = await new AudioContext().decodeAudioData(bytes);
    const onShare = (channel: number, fromMs: number, toMs: number) => {
      const data = audio.getChannelData(channel);
      const frame = Math.round(audio.sampleRate / 50);
      let on = 0;
      let all = 0;
      for (let i = Math.round((fromMs / 1000) * audio.sampleRate); i + frame <= Math.min(data.length, (toMs / 1000) * audio.sampleRate); i += frame) {
        let sum = 0;
        for (let j = i; j < i + frame; j += 1) sum += data[j] * data[j];
        all += 1;
        if (Math.sqrt(sum / frame) > 0.01) on += 1;
      }
      return on / all;
    };
    return { channels: audio.numberOfChannels, left: onShare(0, 0, audio.duration * 1000), right: onShare(1, 0, audio.duration * 1000), leftOffline: onShare(0, from, to) };
  }, { url: src, from: offlineFromMs + 500, to: offlineToMs - 500 });
  console.log("measured", JSON.stringify({ share, duration, recordedMs, channels }));
  expect(channels.channels).toBe(2);
  expect(Math.abs(channels.left - 2 / 3)).toBeLessThan(0.08);
  expect(Math.abs(channels.right - 1 / 3)).toBeLessThan(0.08);
  expect(channels.leftOffline).toBeGreaterThan(0.4);

  // Transcribed from the room's recording: each channel's turns come back as that channel's speaker
  // (the stand-in service hears the tones: the interviewer's 2 s, the customer's 1 s).
  await bob.getByRole("button", { name: "Transcribe" }).click();
  const utterances = alice.getByTestId("transcript-editor").locator("p.utterance");
  await expect.poll(() => utterances.count(), { timeout: 60_000 }).toBeGreaterThan(10);
  const texts = await utterances.allTextContents();
  const interviewerTurns = texts.filter((t) => t.includes("Interviewer") && /said for (1\.9|2\.0|2\.1) s/.test(t));
  const customerTurns = texts.filter((t) => t.includes("Customer") && /said for (0\.9|1\.0|1\.1) s/.test(t));
  expect(interviewerTurns.length).toBeGreaterThanOrEqual(8);
  expect(customerTurns.length).toBeGreaterThanOrEqual(8);

  // The report has the audio's talk time beside the transcript's talk share.
  await bob.goto(`${roomUrl}/report`);
  const audioTalk = bob.locator("li", { hasText: "Talk time from audio" });
  await expect(audioTalk).toContainText(/6[2-9]%|7[01]%/);
});

test("a recording whose tab closed mid-call can be saved by the buddy from the room; sharing without sound says which browsers can", async ({ browser }) => {
  test.setTimeout(120_000);
  const { page: alice, roomUrl } = await openRoom(browser, "Interrupted call", { name: "Alice" });
  // What was shared has no sound (a window, or a tab without "Also share tab audio").
  await alice.addInitScript(`navigator.mediaDevices.getDisplayMedia = async () => { const c = document.createElement("canvas"); return c.captureStream(); };`);
  await alice.reload();
  const { page: bob } = await joinRoom(browser, alice, roomUrl, { as: "buddy", name: "Bob" });
  await alice.getByRole("button", { name: "Record call" }).click();
  await expect(alice.getByTestId("call-recorder").getByRole("alert")).toHaveText(/has no sound.*Chrome and Edge.*Firefox and Safari cannot/);

  // An in-person interview: the microphone only. Then Alice's tab closes after two chunks.
  await alice.getByRole("button", { name: "Microphone only" }).click();
  await expect(alice.getByTestId("recording-status")).toContainText("(microphone only)");
  await alice.waitForTimeout(9_000);
  await alice.context().close();

  await bob.reload();
  const unfinished = bob.getByRole("group", { name: "Unfinished recording" });
  await expect(unfinished).toContainText(/Alice's recording stopped before it was saved \(0:0[4-9] recorded\)/, { timeout: 20_000 });
  await unfinished.getByRole("button", { name: "Save it as the recording" }).click();
  const player = bob.getByTestId("recording-panel").locator("audio, video");
  await expect(player).toHaveCount(1);
  const duration = await recordingDuration(bob);
  // Everything up to the last chunk uploaded before the tab closed (chunks are 4 s).
  expect(duration).toBeGreaterThan(3.5);
  expect(duration).toBeLessThan(10);
});

test("a tab closed while the network was down loses only the chunk being recorded: the room uploads what the browser kept", async ({ browser }) => {
  test.setTimeout(120_000);
  const { page: first, roomUrl } = await openRoom(browser, "Offline then closed", { name: "Alice" });
  const context = first.context();
  await first.getByRole("button", { name: "Microphone only" }).click();
  await expect(first.getByTestId("recording-status")).toContainText("Recording");
  await first.waitForTimeout(5_000); // chunk 0 (0–4 s) reaches the server
  await context.setOffline(true);
  await first.waitForTimeout(9_000); // chunks 1 and 2 (4–12 s) wait in the browser
  await expect(first.getByTestId("recording-status")).toContainText("waiting to upload");
  await first.close();
  await context.setOffline(false);

  const again = await context.newPage();
  await again.goto(roomUrl);
  const unfinished = again.getByRole("group", { name: "Unfinished recording" });
  await expect(unfinished).toContainText(/\(0:1[1-3] recorded\)/, { timeout: 20_000 });
  await unfinished.getByRole("button", { name: "Save it as the recording" }).click();
  const player = again.getByTestId("recording-panel").locator("audio, video");
  await expect(player).toHaveCount(1);
  const duration = await recordingDuration(again);
  expect(duration).toBeGreaterThan(11);
  expect(duration).toBeLessThan(14.5);
});

test("the recorder follows the call clock: a paused call is not recorded, stopping the call saves the recording", async ({ browser }) => {
  test.setTimeout(120_000);
  const { page: alice } = await openRoom(browser, "Paused call", { name: "Alice" });
  await alice.getByRole("button", { name: "Microphone only" }).click();
  await expect(alice.getByTestId("recording-status")).toContainText("Recording");
  await alice.waitForTimeout(6_000);
  const clock = alice.getByTestId("call-clock");
  await clock.getByRole("button", { name: "Pause" }).click();
  await expect(alice.getByTestId("recording-status")).toContainText("Paused with the call");
  await alice.waitForTimeout(5_000);
  await clock.getByRole("button", { name: "Resume" }).click();
  await alice.waitForTimeout(4_000);
  await clock.getByRole("button", { name: "Stop" }).click();
  await expect(alice.getByTestId("call-recorder")).toHaveAttribute("data-state", "idle", { timeout: 30_000 });
  const player = alice.getByTestId("recording-panel").locator("audio, video");
  await expect(player).toHaveCount(1);
  const duration = await recordingDuration(alice);
  // 6 s + 4 s recorded; the 5 s pause is not in the file (nor in its timestamps), so the recording's time stays the call's.
  const src = await player.evaluate((element: HTMLMediaElement) => element.currentSrc);
  const decoded = await alice.evaluate(async (url) => (await new AudioContext().decodeAudioData(await (await fetch(url)).arrayBuffer())).duration, src);
  for (const seconds of [duration, decoded]) {
    expect(seconds).toBeGreaterThan(9);
    expect(seconds).toBeLessThan(11.5);
  }
});
