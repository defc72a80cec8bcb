import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { z } from "zod";
import type { PrismaClient } from "../../db/open-database";
import type { RecordingInfo } from "../../recordings/recording-info";
import { attachRecording } from "../../recordings/server/attach-recording";
import { CaptureError } from "../capture-errors";
import { setWebmDuration } from "../set-webm-duration";
import { dataPath, getCaptureDir, readOpenCapture, removeCapture, withCaptureLock } from "./capture-files";

const inputSchema = z.object({
  captureId: z.string(),
  /** The recorder's own count; without it (a recording left unfinished) the last acknowledged chunk's. */
  durationMs: z.number().positive().max(24 * 3600_000).optional(),
});

const EXTENSIONS: Record<string, string> = { "audio/webm": "webm", "audio/ogg": "ogg", "audio/mp4": "m4a", "video/mp4": "mp4" };

/**
 * Turns the open recording into the interview's recording: the duration is
 * written into the file (MediaRecorder leaves it out), the file moves into
 * the media folder, and the call clock is set so the recording's 0:00 is the
 * call time at which recording began.
 */
export async function finishCapture(options: { db: PrismaClient; mediaDir: string; interviewId: string; userId: string; input: unknown }): Promise<RecordingInfo> {
  const input = inputSchema.parse(options.input);
  const dir = getCaptureDir(options.mediaDir, options.interviewId);
  return withCaptureLock(dir, async () => {
    const state = await readOpenCapture(dir, input.captureId);
    if (state.nextSeq === 0 || !state.mimeType) throw new CaptureError("Nothing was recorded yet", 400);
    const durationMs = input.durationMs ?? state.recordedMs;
    const extension = EXTENSIONS[state.mimeType] ?? "webm";
    const storageKey = `${options.interviewId}-${randomBytes(12).toString("hex")}.${extension}`;
    // Named as uploads are, so remove-stale-uploads clears it if the process dies mid-copy.
    const partPath = path.join(options.mediaDir, `.${randomBytes(12).toString("hex")}.part`);
    const finalPath = path.join(options.mediaDir, storageKey);
    await mkdir(options.mediaDir, { recursive: true });
    try {
      let size = state.bytes;
      const output = createWriteStream(partPath, { flags: "wx" });
      let from = 0;
      if (state.mimeType === "audio/webm" && durationMs > 0) {
        const handle = await open(dataPath(dir), "r");
        const head = new Uint8Array(Math.min(64 * 1024, state.bytes));
        await handle.read(head, 0, head.length, 0).finally(() => handle.close());
        const { replacement, replaces } = setWebmDuration(head, durationMs);
        output.write(replacement);
        from = replaces;
        size += replacement.length - replaces;
      }
      // `end` is inclusive; bytes past the acknowledged ones (a crash mid-append) are left out.
      await pipeline(createReadStream(dataPath(dir), { start: from, end: state.bytes - 1 }), output);
      await rename(partPath, finalPath);
      const recording = await attachRecording({
        db: options.db,
        interviewId: options.interviewId,
        userId: state.userId,
        mediaDir: options.mediaDir,
        storageKey,
        fileName: `Call recording ${state.startedAt.slice(0, 16).replace("T", " ")}.${extension}`,
        mimeType: state.mimeType,
        size,
        callOffsetMs: state.startCallMs,
      });
      await removeCapture(dir);
      return recording;
    } catch (error) {
      // Nothing half-stored: the open recording stays as it was, to finish again.
      await Promise.all([rm(partPath, { force: true }), rm(finalPath, { force: true })]);
      throw error;
    }
  });
}
