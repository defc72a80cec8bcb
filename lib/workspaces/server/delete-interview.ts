import { rm } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { getCaptureDir } from "../../capture/server/capture-files";
import type { PrismaClient } from "../../db/open-database";
import { publishInterviewChanged } from "../../interviews/access-events";
import { requireCapability } from "../../interviews/server/require-capability";
import { UserError } from "../errors";

const interviewIdSchema = z.string().regex(/^[a-z0-9]{8,40}$/, "No such interview");

/**
 * Deletes an interview for everyone: its row (seats, buddy links and the
 * recording row go with it), its Yjs documents (transcript, live, everyone's
 * tags) in the same transaction, then the recording's file, so nothing is left
 * pointing at a missing file and no copy of the call stays in the media
 * folder. Only the workspace owner or the interview's interviewer may
 * (the policy's canDeleteInterview); outsiders are told there is no such
 * interview. Open rooms hear of it once it has committed and their sockets close.
 */
export async function deleteInterview(options: { db: PrismaClient; userId: string; interviewId: string; mediaDir: string }) {
  const parsed = interviewIdSchema.safeParse(options.interviewId);
  if (!parsed.success) throw new UserError("No such interview", "not-found");
  const interviewId = parsed.data;
  const { db } = options;
  await requireCapability({
    db,
    userId: options.userId,
    interviewId,
    capability: "canDeleteInterview",
    refusal: "Only the workspace owner or the interview's interviewer can delete it",
  });
  // Ids are [a-z0-9] (checked above), so the prefix holds no LIKE wildcard.
  const documents = { name: { startsWith: `interview:${interviewId}:` } };
  const recording = await db.$transaction(async (tx) => {
    const stored = await tx.recording.findUnique({ where: { interviewId }, select: { storageKey: true } });
    // deleteMany: a concurrent delete between the check and here is "no such interview", not a crash.
    const { count } = await tx.interview.deleteMany({ where: { id: interviewId } });
    if (count === 0) throw new UserError("No such interview", "not-found");
    await tx.yDocUpdate.deleteMany({ where: documents });
    await tx.yDocSnapshot.deleteMany({ where: documents });
    return stored;
  });
  publishInterviewChanged(interviewId);
  if (recording) await rm(path.join(options.mediaDir, recording.storageKey), { force: true });
  // A recording still being made in the room (or left unfinished) is the call's audio too.
  await rm(getCaptureDir(options.mediaDir, interviewId), { recursive: true, force: true });
}
