import { CaptureError } from "../capture-errors";
import { getCaptureDir, readCaptureState, removeCapture, withCaptureLock } from "./capture-files";

/** Throws an unfinished recording away (its audio is personal data: nothing of it stays). */
export async function discardCapture(options: { mediaDir: string; interviewId: string; captureId: string }): Promise<void> {
  const dir = getCaptureDir(options.mediaDir, options.interviewId);
  await withCaptureLock(dir, async () => {
    const state = await readCaptureState(dir);
    if (!state || state.captureId !== options.captureId) throw new CaptureError("That recording is no longer open", 404);
    await removeCapture(dir);
  });
}
