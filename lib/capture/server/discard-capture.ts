import { getCaptureDir, readOpenCapture, removeCapture, withCaptureLock } from "./capture-files";

/** Throws an unfinished recording away (its audio is personal data: nothing of it stays). */
export async function discardCapture(options: { mediaDir: string; interviewId: string; captureId: string }): Promise<void> {
  const dir = getCaptureDir(options.mediaDir, options.interviewId);
  await withCaptureLock(dir, async () => {
    await readOpenCapture(dir, options.captureId);
    await removeCapture(dir);
  });
}
