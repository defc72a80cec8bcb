import type { PrismaClient } from "../../db/open-database";
import { publishInterviewChanged } from "../access-events";
import { requireCapability } from "./require-capability";

/** Blind tagging on or off; the interviewer or the workspace owner decides. Off shows both layers live. */
export async function setBlindMode(options: { db: PrismaClient; userId: string; interviewId: string; blind: boolean }) {
  await requireCapability({ ...options, capability: "canSetBlindMode", refusal: "Only the interviewer or the workspace owner can change blind mode" });
  await options.db.interview.update({ where: { id: options.interviewId }, data: { blind: options.blind } });
  publishInterviewChanged(options.interviewId);
}
