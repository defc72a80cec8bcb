import { rm } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "../../db/open-database";
import { publishInterviewChanged } from "../../interviews/access-events";
import { RecordingError } from "../errors";

/**
 * Removes an interview's recording: its row first, so nothing points at a
 * missing file, then the file. Recordings of customer calls are personal
 * data; removing one must leave no copy in the media folder.
 */
export async function deleteRecording(options: { db: PrismaClient; interviewId: string; mediaDir: string }): Promise<void> {
  const recording = await options.db.recording.findUnique({ where: { interviewId: options.interviewId } });
  if (!recording) throw new RecordingError("This interview has no recording", 404);
  // deleteMany: a concurrent delete or replace between the read and here is not an error.
  await options.db.recording.deleteMany({ where: { id: recording.id } });
  publishInterviewChanged(options.interviewId);
  await rm(path.join(options.mediaDir, recording.storageKey), { force: true });
}
