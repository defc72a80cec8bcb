import { appendFile, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getTestDatabaseTargets } from "../../testing/test-databases";
import { createInterview } from "../../workspaces/server/create-interview";
import { signUp } from "../../workspaces/server/sign-up";
import { appendCaptureChunk } from "./append-capture-chunk";
import { dataPath, getCaptureDir } from "./capture-files";
import { discardCapture } from "./discard-capture";
import { finishCapture } from "./finish-capture";
import { getCapture } from "./get-capture";
import { startCapture } from "./start-capture";

// Chromium's MediaRecorder output, cut into three "chunks" as the room would send them.
const recording = new Uint8Array(await readFile(path.join(import.meta.dirname, "../testing/chrome-recording.webm")));
const chunks = [recording.subarray(0, 6188), recording.subarray(6188, 12477), recording.subarray(12477)];
const ana = { id: "user-ana", name: "Ana" };

let mediaDir: string;
beforeEach(async () => {
  mediaDir = await mkdtemp(path.join(os.tmpdir(), "secondear-capture-"));
});
afterEach(async () => {
  await rm(mediaDir, { recursive: true, force: true });
});

const append = (interviewId: string, captureId: string, seq: number, bytes: Uint8Array, maxBytes = 10_000_000) =>
  appendCaptureChunk({ mediaDir, interviewId, input: { captureId, seq, recordedMs: (seq + 1) * 1000 }, bytes, maxBytes });

describe("a recording made in the room, chunk by chunk", () => {
  it("appends in order, acknowledges a resent chunk again, refuses one ahead with where to resume", async () => {
    const { captureId } = await startCapture({ mediaDir, interviewId: "iv1", user: ana, input: { startCallMs: 65_000 } });
    expect((await append("iv1", captureId, 0, chunks[0])).nextSeq).toBe(1);
    expect((await append("iv1", captureId, 0, chunks[0])).nextSeq).toBe(1); // the answer was lost, the chunk resent
    await expect(append("iv1", captureId, 2, chunks[2])).rejects.toMatchObject({ status: 409, detail: { nextSeq: 1 } });
    const state = await append("iv1", captureId, 1, chunks[1]);
    expect(state).toMatchObject({ nextSeq: 2, bytes: 12477, recordedMs: 2000, mimeType: "audio/webm", startCallMs: 65_000 });
    expect(new Uint8Array(await readFile(dataPath(getCaptureDir(mediaDir, "iv1"))))).toEqual(recording.subarray(0, 12477));
  });

  it("drops what a crash left past the last acknowledged chunk", async () => {
    const { captureId } = await startCapture({ mediaDir, interviewId: "iv1", user: ana, input: { startCallMs: 0 } });
    await append("iv1", captureId, 0, chunks[0]);
    // The process died halfway through writing chunk 1: its bytes are on disk, its acknowledgement never went out.
    await appendFile(dataPath(getCaptureDir(mediaDir, "iv1")), chunks[1].subarray(0, 3000));
    expect((await getCapture({ mediaDir, interviewId: "iv1" }))!.nextSeq).toBe(1);
    await append("iv1", captureId, 1, chunks[1]);
    await append("iv1", captureId, 2, chunks[2]);
    expect(new Uint8Array(await readFile(dataPath(getCaptureDir(mediaDir, "iv1"))))).toEqual(recording);
  });

  it("refuses what is not audio, an empty chunk, a recording over the limit, a second recorder and an unknown id", async () => {
    const { captureId } = await startCapture({ mediaDir, interviewId: "iv1", user: ana, input: { startCallMs: 0 } });
    await expect(append("iv1", captureId, 0, new TextEncoder().encode("%PDF-1.7 not audio at all".repeat(20)))).rejects.toMatchObject({ status: 415 });
    await expect(append("iv1", captureId, 0, new Uint8Array())).rejects.toMatchObject({ status: 400 });
    await expect(append("iv1", captureId, 0, chunks[0], 1000)).rejects.toMatchObject({ status: 413, message: /1000 bytes limit/ });
    await expect(startCapture({ mediaDir, interviewId: "iv1", user: { id: "bo", name: "Bo" }, input: { startCallMs: 0 } })).rejects.toThrow(/Ana is already recording/);
    await expect(append("iv1", "0".repeat(24), 0, chunks[0])).rejects.toMatchObject({ status: 404 });
    await expect(append("../etc", captureId, 0, chunks[0])).rejects.toThrow(/bad interview id/);
    expect((await getCapture({ mediaDir, interviewId: "iv1" }))!.nextSeq).toBe(0);
    await discardCapture({ mediaDir, interviewId: "iv1", captureId });
    expect(await getCapture({ mediaDir, interviewId: "iv1" })).toBeNull();
    expect(await readdir(mediaDir)).toEqual(["captures"]);
  });
});

describe.each(getTestDatabaseTargets())("finishing a room recording on $name", (target) => {
  it("becomes the interview's recording with its duration written in, aligned to the call clock", async () => {
    const db = await target.open();
    try {
      const user = await signUp({ db: db.prisma, input: { name: "Ana", email: "ana@example.test", password: "password-1" } });
      const { workspaceId } = await db.prisma.membership.findFirstOrThrow({ where: { userId: user.id } });
      const interview = await createInterview({ db: db.prisma, userId: user.id, input: { workspaceId, title: "Pricing" } });
      const { captureId } = await startCapture({ mediaDir, interviewId: interview.id, user, input: { startCallMs: 65_000 } });
      await expect(finishCapture({ db: db.prisma, mediaDir, interviewId: interview.id, userId: user.id, input: { captureId } })).rejects.toThrow(/Nothing was recorded/);
      for (const [seq, bytes] of chunks.entries()) await append(interview.id, captureId, seq, bytes);
      const info = await finishCapture({ db: db.prisma, mediaDir, interviewId: interview.id, userId: user.id, input: { captureId, durationMs: 2500 } });
      expect(info).toMatchObject({ mimeType: "audio/webm", offsetMs: 0, size: recording.length + 11 });
      const row = await db.prisma.recording.findUniqueOrThrow({ where: { interviewId: interview.id } });
      const stored = new Uint8Array(await readFile(path.join(mediaDir, row.storageKey)));
      expect(Buffer.from(stored.subarray(stored.length - 1000)).equals(Buffer.from(recording.subarray(recording.length - 1000)))).toBe(true);
      expect((await db.prisma.interview.findUniqueOrThrow({ where: { id: interview.id } })).callOffsetMs).toBe(65_000);
      expect(await getCapture({ mediaDir, interviewId: interview.id })).toBeNull();
      expect((await readdir(mediaDir)).sort()).toEqual(["captures", row.storageKey].sort());
    } finally {
      await db.drop();
    }
  });
});
