import { afterEach, describe, expect, it } from "vitest";
import { encodeMonoWav, readWavChannels } from "./read-wav-channels";
import { readTranscriptionSettings, type TranscriptionSettings } from "./settings";
import { splitIntoPieces } from "./split-into-pieces";
import { makeToneWav } from "./testing/make-wav";
import { startStandInTranscriber } from "./testing/stand-in-server";
import { transcribeRecording, type TranscriptionProgress } from "./transcribe-recording";

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function standIn(options: Parameters<typeof startStandInTranscriber>[0] = {}) {
  const server = await startStandInTranscriber(options);
  servers.push(server);
  return server;
}
/** ~2 s of 16 kHz audio per request: long calls go in several pieces. */
const settings = (url: string, extra: Partial<TranscriptionSettings> = {}): TranscriptionSettings => ({ url, model: "whisper-1", maxPieceBytes: 64 * 1024, apiKey: "sk-test", ...extra });

// Interviewer (left) speaks 0.5–3.5 s and 8–9 s; the customer (right) 4–7 s. 48 kHz, as a browser records.
const CALL = makeToneWav({ rate: 48_000, durationMs: 10_000, channels: [[[500, 3_500], [8_000, 9_000]], [[4_000, 7_000]]] });

describe("transcribing a call recording", () => {
  it("sends each channel on its own in pieces within the size limit; every segment's speaker is its channel's, at the call's times", async () => {
    const server = await standIn();
    const progress: TranscriptionProgress[] = [];
    const result = await transcribeRecording({ settings: settings(server.url), wav: CALL, onProgress: (p) => progress.push(p) });
    expect(result.utterances.map((u) => ({ ...u, text: undefined }))).toEqual([
      { speaker: "Interviewer", role: "interviewer", startMs: expect.closeTo(500, -2.5), endMs: expect.closeTo(3_500, -2.5), text: undefined },
      { speaker: "Customer", role: "customer", startMs: expect.closeTo(4_000, -2.5), endMs: expect.closeTo(7_000, -2.5), text: undefined },
      { speaker: "Interviewer", role: "interviewer", startMs: expect.closeTo(8_000, -2.5), endMs: expect.closeTo(9_000, -2.5), text: undefined },
    ]);
    // A stretch cut across two pieces comes back as one utterance.
    expect(result.utterances[0].text).toMatch(/^said for [\d.]+ s said for [\d.]+ s$/);
    // The request as the API defines it: mono 16 kHz WAV pieces under the limit, verbose_json with segment and word times.
    expect(server.received.length).toBe(result.pieces);
    expect(result.pieces).toBeGreaterThan(2);
    for (const request of server.received) {
      expect(request).toMatchObject({ authorization: "Bearer sk-test", model: "whisper-1", responseFormat: "verbose_json", granularities: ["segment", "word"], sampleRate: 16_000, channels: 1 });
      expect(request.durationMs).toBeLessThanOrEqual(2_100);
    }
    // Silent stretches are not sent: the customer's channel is quiet before 4 s and after 7 s.
    // (10 s in ~2 s pieces would be 5 or more requests; 4–7 s spans at most 3.)
    expect(server.received.filter((r) => r.fileName.startsWith("channel-2")).length).toBeLessThanOrEqual(3);
    expect(progress[0]).toEqual({ done: 0, total: result.pieces });
    expect(progress.at(-1)).toEqual({ done: result.pieces, total: result.pieces });
  });

  it("a piece the service fails on (503) is tried again and the run reports it", async () => {
    const server = await standIn({ failFirst: 2 });
    const progress: TranscriptionProgress[] = [];
    const result = await transcribeRecording({ settings: settings(server.url), wav: CALL, retryDelayMs: 1, onProgress: (p) => progress.push(p) });
    expect(result.utterances).toHaveLength(3);
    expect(progress.filter((p) => p.retrying).map((p) => p.retrying)).toEqual([
      { piece: 1, attempt: 2, error: expect.stringContaining("answered 503") },
      { piece: 1, attempt: 3, error: expect.stringContaining("answered 503") },
    ]);
  });

  it("a piece that keeps failing fails the whole transcription, saying which piece and why; nothing is returned", async () => {
    const server = await standIn({ failFirst: 1_000 });
    await expect(transcribeRecording({ settings: settings(server.url), wav: CALL, retryDelayMs: 1 })).rejects.toThrow(
      /^piece 1 of \d+ \(Interviewer, from 0:00\) failed: the transcription service answered 503/,
    );
    expect(server.received).toHaveLength(3); // three attempts, then it stopped
  });

  it("a malformed answer is not retried and says what is wrong", async () => {
    const notJson = await standIn({ answer: () => ({ status: 200, body: "<html>oops</html>" }) });
    await expect(transcribeRecording({ settings: settings(notJson.url), wav: CALL, retryDelayMs: 1 })).rejects.toThrow(/answer is not JSON: <html>oops/);
    expect(notJson.received).toHaveLength(1);
    const wrongShape = await standIn({ answer: () => ({ status: 200, body: '{"segments":[{"start":"soon","end":1,"text":"hi"}]}' }) });
    await expect(transcribeRecording({ settings: settings(wrongShape.url), wav: CALL })).rejects.toThrow(/not verbose_json \(segments\.0\.start:/);
    const textOnly = await standIn({ answer: () => ({ status: 200, body: '{"text":"hello there"}' }) });
    await expect(transcribeRecording({ settings: settings(textOnly.url), wav: CALL })).rejects.toThrow(/without segment times/);
    const refused = await standIn({ answer: () => ({ status: 401, body: '{"error":"bad key"}' }) });
    await expect(transcribeRecording({ settings: settings(refused.url), wav: CALL, retryDelayMs: 1 })).rejects.toThrow(/answered 401: \{"error":"bad key"\}/);
    expect(refused.received).toHaveLength(1);
  });

  it("an unreachable service is reported with its address", async () => {
    const server = await standIn();
    const url = server.url;
    await server.close();
    servers.length = 0;
    await expect(transcribeRecording({ settings: settings(url), wav: CALL, retryDelayMs: 1 })).rejects.toThrow(`could not reach the transcription service at ${url}/v1/audio/transcriptions`);
  });
});

describe("reading recordings and settings", () => {
  it("reads 16-bit, 24-bit and float WAV at any rate as 16 kHz channels; refuses other files saying what to do", () => {
    const audio = readWavChannels(CALL);
    expect(audio).toMatchObject({ sampleRate: 16_000, durationMs: 10_000 });
    expect(audio.channels.map((c) => c.length)).toEqual([160_000, 160_000]);
    const back = readWavChannels(encodeMonoWav(audio.channels[1], 16_000));
    expect(back.channels).toHaveLength(1);
    expect(back.channels[0][50_000]).toBeCloseTo(audio.channels[1][50_000], 3);
    expect(() => readWavChannels(new TextEncoder().encode("WEBVTT\n\n00:00.000 --> 00:01.000\nhi"))).toThrow(/not a WAV file .*ffmpeg -i call.webm/);
    const truncated = CALL.slice(0, 30);
    expect(() => readWavChannels(truncated)).toThrow(/fmt chunk at byte 12 is cut short/);
  });

  it("cuts pieces at a quiet moment, never longer than the limit, and leaves silence out", () => {
    const [left] = readWavChannels(CALL).channels;
    const pieces = splitIntoPieces(left, 16_000, 32_000);
    for (const piece of pieces) expect(piece.end - piece.start).toBeLessThanOrEqual(32_000);
    // 3.5–8 s is silent on the left: no piece lies wholly inside it.
    expect(pieces.some((p) => p.start >= 3_600 * 16 && p.end <= 7_900 * 16)).toBe(false);
  });

  it("settings come from TRANSCRIBE_URL, _API_KEY, _MODEL; unset is null, a malformed URL is an error", () => {
    expect(readTranscriptionSettings({})).toBeNull();
    expect(readTranscriptionSettings({ TRANSCRIBE_URL: "http://127.0.0.1:8080", TRANSCRIBE_MODEL: "large-v3" })).toEqual({
      url: "http://127.0.0.1:8080",
      apiKey: undefined,
      model: "large-v3",
      maxPieceBytes: 24 * 1024 * 1024,
    });
    expect(() => readTranscriptionSettings({ TRANSCRIBE_URL: "whisper box" })).toThrow(/TRANSCRIBE_URL must be a URL/);
  });
});
