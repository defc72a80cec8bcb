import { z } from "zod";
import type { PrismaClient } from "../../db/open-database";
import { requireInterviewManager } from "./require-interview-manager";

export const callOffsetSchema = z
  .number("The call offset is a number of milliseconds")
  .int()
  .min(-6 * 3600_000, "Keep the call offset within six hours")
  .max(6 * 3600_000, "Keep the call offset within six hours");

/**
 * Lines the call clock up with the transcript: the call time at which the
 * transcript's (recording's) clock reads 0. Live tags move by it.
 */
export async function setCallOffset(options: { db: PrismaClient; userId: string; interviewId: string; callOffsetMs: unknown }) {
  const callOffsetMs = callOffsetSchema.parse(options.callOffsetMs);
  const interview = await requireInterviewManager({
    ...options,
    refusal: "Only the interviewer or the workspace owner can line up the call clock",
  });
  await options.db.interview.update({ where: { id: interview.id }, data: { callOffsetMs } });
}
