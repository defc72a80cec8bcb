import { z } from "zod";
import type { PrismaClient } from "../../db/open-database";
import { publishInterviewChanged } from "../../interviews/access-events";
import { RecordingError } from "../errors";
import { toRecordingInfo, type RecordingInfo } from "../recording-info";

const DAY_MS = 24 * 3600 * 1000;
const inputSchema = z.object({
  offsetMs: z
    .number({ message: "The offset must be a number of milliseconds" })
    .int("The offset must be whole milliseconds")
    .min(-DAY_MS, "The offset must be within a day")
    .max(DAY_MS, "The offset must be within a day"),
});

/** Sets where on the transcript clock the recording starts (negative: it started earlier). */
export async function setRecordingOffset(options: { db: PrismaClient; interviewId: string; input: unknown }): Promise<RecordingInfo> {
  const { offsetMs } = inputSchema.parse(options.input);
  const updated = await options.db.recording.updateMany({ where: { interviewId: options.interviewId }, data: { offsetMs } });
  if (updated.count === 0) throw new RecordingError("This interview has no recording yet", 404);
  publishInterviewChanged(options.interviewId);
  return toRecordingInfo(await options.db.recording.findUniqueOrThrow({ where: { interviewId: options.interviewId } }));
}
