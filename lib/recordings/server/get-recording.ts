import type { PrismaClient } from "../../db/open-database";
import { toRecordingInfo, type RecordingInfo } from "../recording-info";

/** The interview's recording and where its bytes are stored, or null. Access is the caller's check. */
export async function getRecording(options: {
  db: PrismaClient;
  interviewId: string;
}): Promise<(RecordingInfo & { storageKey: string }) | null> {
  const row = await options.db.recording.findUnique({ where: { interviewId: options.interviewId } });
  return row ? { ...toRecordingInfo(row), storageKey: row.storageKey } : null;
}
