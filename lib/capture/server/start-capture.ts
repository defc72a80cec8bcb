import { randomBytes } from "node:crypto";
import { z } from "zod";
import { CaptureError } from "../capture-errors";
import { getCaptureDir, readCaptureState, removeCapture, withCaptureLock, writeCaptureState, type CaptureState } from "./capture-files";

const inputSchema = z.object({
  startCallMs: z.number().int().min(0).max(24 * 3600_000),
  /** Throw away an unfinished recording someone left (their tab closed): asked for explicitly. */
  replace: z.boolean().default(false),
});

/**
 * Opens a new recording for the interview. One at a time: a second person
 * pressing "Record call" is told who is recording already.
 */
export async function startCapture(options: { mediaDir: string; interviewId: string; user: { id: string; name: string }; input: unknown }): Promise<CaptureState> {
  const input = inputSchema.parse(options.input);
  const dir = getCaptureDir(options.mediaDir, options.interviewId);
  return withCaptureLock(dir, async () => {
    const existing = await readCaptureState(dir);
    if (existing && !input.replace) {
      throw new CaptureError(`${existing.userId === options.user.id ? "You are" : `${existing.userName} is`} already recording this call (or left a recording unfinished)`, 409);
    }
    await removeCapture(dir);
    const now = new Date().toISOString();
    const state: CaptureState = {
      captureId: randomBytes(12).toString("hex"),
      userId: options.user.id,
      userName: options.user.name,
      mimeType: null,
      startCallMs: input.startCallMs,
      startedAt: now,
      nextSeq: 0,
      bytes: 0,
      recordedMs: 0,
      updatedAt: now,
    };
    await writeCaptureState(dir, state);
    return state;
  });
}
