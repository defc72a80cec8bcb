import { open } from "node:fs/promises";
import { z } from "zod";
import { formatBytes } from "../../recordings/max-recording-bytes";
import { sniffMediaType } from "../../recordings/sniff-media-type";
import { CaptureError } from "../capture-errors";
import { dataPath, getCaptureDir, readOpenCapture, withCaptureLock, writeCaptureState, type CaptureState } from "./capture-files";

const inputSchema = z.object({
  captureId: z.string().regex(/^[0-9a-f]{24}$/, "Unknown recording"),
  seq: z.coerce.number().int().nonnegative(),
  /** Audio recorded up to the end of this chunk (ms), as the recorder counts it. */
  recordedMs: z.coerce.number().nonnegative().max(24 * 3600_000),
});

/**
 * Appends chunk `seq` of the open recording and says which chunk comes next.
 * A chunk already stored is acknowledged again (a retry after a lost answer);
 * one out of order is refused with the expected number, so the recorder
 * resends from there. The answer comes only once the bytes are on disk.
 */
export async function appendCaptureChunk(options: { mediaDir: string; interviewId: string; input: unknown; bytes: Uint8Array; maxBytes: number }): Promise<CaptureState> {
  const input = inputSchema.parse(options.input);
  const dir = getCaptureDir(options.mediaDir, options.interviewId);
  return withCaptureLock(dir, async () => {
    const state = await readOpenCapture(dir, input.captureId);
    if (input.seq < state.nextSeq) return state;
    if (input.seq > state.nextSeq) throw new CaptureError(`Chunk ${input.seq} is ahead: the server has up to chunk ${state.nextSeq - 1}`, 409, { nextSeq: state.nextSeq });
    if (options.bytes.length === 0) throw new CaptureError("The chunk was empty", 400);
    if (state.bytes + options.bytes.length > options.maxBytes) throw new CaptureError(`The recording is larger than the ${formatBytes(options.maxBytes)} limit`, 413);
    let mimeType = state.mimeType;
    if (input.seq === 0) {
      const type = await sniffMediaType(options.bytes);
      if (!type.ok) throw new CaptureError("That is not audio the room can record (expected WebM, Ogg or MP4 audio)", 415);
      mimeType = type.mimeType === "video/webm" ? "audio/webm" : type.mimeType;
    }
    const handle = await open(dataPath(dir), "a");
    try {
      // Whatever a crash left past the acknowledged bytes was never acknowledged: it is resent.
      await handle.truncate(state.bytes);
      await handle.write(options.bytes);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    const next: CaptureState = {
      ...state,
      mimeType,
      nextSeq: state.nextSeq + 1,
      bytes: state.bytes + options.bytes.length,
      recordedMs: Math.max(state.recordedMs, input.recordedMs),
      updatedAt: new Date().toISOString(),
    };
    await writeCaptureState(dir, next);
    return next;
  });
}
