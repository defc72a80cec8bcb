import { getCaptureDir, readCaptureState, type CaptureState } from "./capture-files";

/** The interview's unfinished recording, if any: the recorder resumes from its `nextSeq`. */
export async function getCapture(options: { mediaDir: string; interviewId: string }): Promise<CaptureState | null> {
  return readCaptureState(getCaptureDir(options.mediaDir, options.interviewId));
}
