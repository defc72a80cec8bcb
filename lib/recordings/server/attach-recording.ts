import { rm } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "../../db/open-database";
import { publishInterviewChanged } from "../../interviews/access-events";
import { toRecordingInfo, type RecordingInfo } from "../recording-info";

/**
 * Makes a finished file in `mediaDir` the interview's recording, replacing
 * (and deleting) any earlier one, and tells every open room.
 */
export async function attachRecording(options: {
  db: PrismaClient;
  interviewId: string;
  userId: string;
  mediaDir: string;
  storageKey: string;
  fileName: string;
  mimeType: string;
  size: number;
  offsetMs?: number;
  /** A recording made in the room: it defines the transcript clock, so the call clock is set to meet it. */
  callOffsetMs?: number;
}): Promise<RecordingInfo> {
  const data = {
    fileName: options.fileName,
    mimeType: options.mimeType,
    size: BigInt(options.size),
    storageKey: options.storageKey,
    offsetMs: options.offsetMs ?? 0,
    uploadedById: options.userId,
  };
  const { previous, row } = await options.db.$transaction(async (tx) => {
    const previous = await tx.recording.findUnique({ where: { interviewId: options.interviewId } });
    const row = await tx.recording.upsert({
      where: { interviewId: options.interviewId },
      create: { interviewId: options.interviewId, ...data },
      // A new recording usually starts at a different moment: the old offset would mislead.
      update: { ...data, createdAt: new Date() },
    });
    if (options.callOffsetMs != null) await tx.interview.update({ where: { id: options.interviewId }, data: { callOffsetMs: options.callOffsetMs } });
    return { previous, row };
  });
  // Everyone's open room shows the new recording (the event is also how the server learns of it).
  publishInterviewChanged(options.interviewId);
  if (previous && previous.storageKey !== options.storageKey) await rm(path.join(options.mediaDir, previous.storageKey), { force: true });
  return toRecordingInfo(row);
}
