import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getTestDatabaseTargets } from "../../testing/test-databases";
import { createInterview } from "../../workspaces/server/create-interview";
import { signUp } from "../../workspaces/server/sign-up";
import { makeWav } from "../make-wav";
import { createRecordingResponse } from "./create-recording-response";
import { deleteRecording } from "./delete-recording";
import { getRecording } from "./get-recording";
import { saveRecording } from "./save-recording";
import { setRecordingOffset } from "./set-recording-offset";

/** A body delivered in small pieces, like a network upload. */
function streamOf(bytes: Uint8Array, chunk = 1000): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunk));
      offset += chunk;
    },
  });
}

let mediaDir: string;
beforeEach(async () => {
  mediaDir = await mkdtemp(path.join(os.tmpdir(), "secondear-media-"));
});
afterEach(async () => {
  await rm(mediaDir, { recursive: true, force: true });
});

describe.each(getTestDatabaseTargets())("recordings on $name", (target) => {
  async function setUp() {
    const db = await target.open();
    const user = await signUp({ db: db.prisma, input: { name: "Ana", email: "ana@example.test", password: "password-1" } });
    const { workspaceId } = await db.prisma.membership.findFirstOrThrow({ where: { userId: user.id } });
    const interview = await createInterview({ db: db.prisma, userId: user.id, input: { workspaceId, title: "Pricing" } });
    const save = (body: Uint8Array, extra: { maxBytes?: number; declaredBytes?: number; fileName?: string } = {}) =>
      saveRecording({ db: db.prisma, body: streamOf(body), interviewId: interview.id, userId: user.id, fileName: "call.wav", maxBytes: 10_000_000, mediaDir, ...extra });
    return { db, interview, save };
  }

  it("streams a recording to disk, records it, replaces it and forgets the old file", async () => {
    const { db, interview, save } = await setUp();
    try {
      const wav = makeWav({ seconds: 10 }); // 160 KB: more than the sniffed head
      const first = await save(wav, { fileName: "  " });
      expect(first).toMatchObject({ fileName: "recording", mimeType: "audio/wav", size: wav.length, offsetMs: 0 });
      const stored = await getRecording({ db: db.prisma, interviewId: interview.id });
      expect(new Uint8Array(await readFile(path.join(mediaDir, stored!.storageKey)))).toEqual(wav);

      await setRecordingOffset({ db: db.prisma, interviewId: interview.id, input: { offsetMs: -2500 } });
      const second = await save(makeWav({ seconds: 1 }), { fileName: "take two.wav" });
      expect(second).toMatchObject({ fileName: "take two.wav", offsetMs: 0 });
      expect(second.id).toBe(first.id);
      expect(await readdir(mediaDir)).toEqual([(await getRecording({ db: db.prisma, interviewId: interview.id }))!.storageKey]);
    } finally {
      await db.drop();
    }
  });

  it("removes a recording: its row and its file, nothing of another interview's, and says so when there is none", async () => {
    const { db, interview, save } = await setUp();
    try {
      const other = await createInterview({ db: db.prisma, userId: interview.createdById, input: { workspaceId: interview.workspaceId, title: "Other" } });
      await save(makeWav({ seconds: 2 }));
      await saveRecording({ db: db.prisma, body: streamOf(makeWav({ seconds: 1 })), interviewId: other.id, userId: interview.createdById, fileName: "b.wav", maxBytes: 10_000_000, mediaDir });
      const kept = (await getRecording({ db: db.prisma, interviewId: other.id }))!.storageKey;

      await deleteRecording({ db: db.prisma, interviewId: interview.id, mediaDir });
      expect(await getRecording({ db: db.prisma, interviewId: interview.id })).toBeNull();
      expect(await readdir(mediaDir)).toEqual([kept]);
      await expect(deleteRecording({ db: db.prisma, interviewId: interview.id, mediaDir })).rejects.toMatchObject({ status: 404 });
      // Uploading again works as for a first recording.
      expect(await save(makeWav({ seconds: 1 }))).toMatchObject({ offsetMs: 0 });
    } finally {
      await db.drop();
    }
  });

  it("refuses non-media, empty and oversized uploads and leaves nothing behind", async () => {
    const { db, interview, save } = await setUp();
    try {
      await expect(save(new TextEncoder().encode("%PDF-1.7\n1 0 obj\n".repeat(10_000)))).rejects.toMatchObject({
        status: 415,
        message: expect.stringContaining("not audio or video (it looks like application/pdf)"),
      });
      await expect(save(new Uint8Array())).rejects.toMatchObject({ status: 400, message: "The upload was empty" });
      await expect(save(makeWav({ seconds: 10 }), { maxBytes: 100_000 })).rejects.toMatchObject({ status: 413, message: expect.stringContaining("limit") });
      await expect(save(makeWav({ seconds: 1 }), { maxBytes: 100, declaredBytes: 16_044 })).rejects.toMatchObject({ status: 413 });
      expect(await readdir(mediaDir)).toEqual([]);
      expect(await getRecording({ db: db.prisma, interviewId: interview.id })).toBeNull();
      await expect(setRecordingOffset({ db: db.prisma, interviewId: interview.id, input: { offsetMs: 5 } })).rejects.toMatchObject({ status: 404 });
    } finally {
      await db.drop();
    }
  });

  it("validates the offset", async () => {
    const { db, interview, save } = await setUp();
    try {
      await save(makeWav({ seconds: 1 }));
      expect(await setRecordingOffset({ db: db.prisma, interviewId: interview.id, input: { offsetMs: 1200 } })).toMatchObject({ offsetMs: 1200 });
      for (const bad of [{ offsetMs: 1.5 }, { offsetMs: "12" }, {}, null, { offsetMs: 1e12 }]) {
        await expect(setRecordingOffset({ db: db.prisma, interviewId: interview.id, input: bad })).rejects.toThrow();
      }
    } finally {
      await db.drop();
    }
  });
});

describe("createRecordingResponse", () => {
  it("serves whole files, single ranges and refuses ranges past the end", async () => {
    const filePath = path.join(mediaDir, "a.wav");
    const bytes = makeWav({ seconds: 1 });
    await writeFile(filePath, bytes);
    const respond = (rangeHeader: string | null) =>
      createRecordingResponse({ filePath, mimeType: "audio/wav", fileName: "call é.wav", etag: '"x"', rangeHeader });

    const whole = await respond(null);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("accept-ranges")).toBe("bytes");
    expect(whole.headers.get("content-length")).toBe(String(bytes.length));
    expect(whole.headers.get("content-disposition")).toBe("inline; filename*=UTF-8''call%20%C3%A9.wav");
    expect(new Uint8Array(await whole.arrayBuffer())).toEqual(bytes);

    const part = await respond("bytes=100-199");
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 100-199/${bytes.length}`);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes.slice(100, 200));

    const tail = await respond("bytes=-4");
    expect(tail.headers.get("content-range")).toBe(`bytes ${bytes.length - 4}-${bytes.length - 1}/${bytes.length}`);

    const past = await respond(`bytes=${bytes.length}-`);
    expect(past.status).toBe(416);
    expect(past.headers.get("content-range")).toBe(`bytes */${bytes.length}`);
  });
});
