import { z } from "zod";
import type { PrismaClient } from "../../db/open-database";
import { publishInterviewChanged } from "../access-events";
import { LIMITS } from "../policy";
import { requireCapability } from "./require-capability";

const HOURS = LIMITS.callOffsetMs / 3600_000;
export const callOffsetSchema = z
  .number("The call offset is a number of milliseconds")
  .int()
  .min(-LIMITS.callOffsetMs, `Keep the call offset within ${HOURS} hours`)
  .max(LIMITS.callOffsetMs, `Keep the call offset within ${HOURS} hours`);

/**
 * Lines the call clock up with the transcript: the call time at which the
 * transcript's (recording's) clock reads 0. Live tags move by it.
 */
export async function setCallOffset(options: { db: PrismaClient; userId: string; interviewId: string; callOffsetMs: unknown }) {
  const callOffsetMs = callOffsetSchema.parse(options.callOffsetMs);
  const { interview } = await requireCapability({
    ...options,
    capability: "canSetTiming",
    refusal: "Only the interviewer or the workspace owner can line up the call clock",
  });
  await options.db.interview.update({ where: { id: interview.id }, data: { callOffsetMs } });
  publishInterviewChanged(interview.id);
}
