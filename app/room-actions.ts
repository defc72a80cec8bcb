"use server";

import { ZodError, z } from "zod";
import { getSessionUser } from "@/lib/auth/server/get-session-user";
import { getDb } from "@/lib/db/get-db";
import { PARTICIPANT_ROLES } from "@/lib/interviews/roles";
import { createBuddyInvite } from "@/lib/interviews/server/create-buddy-invite";
import { markDone } from "@/lib/interviews/server/mark-done";
import { revealTags } from "@/lib/interviews/server/reveal-tags";
import { setBlindMode } from "@/lib/interviews/server/set-blind-mode";
import { setParticipantRole } from "@/lib/interviews/server/set-participant-role";
import { setCallOffset } from "@/lib/interviews/server/set-call-offset";
import { setReactionLag } from "@/lib/interviews/server/set-reaction-lag";
import { undoDone } from "@/lib/interviews/server/undo-done";
import { UserError } from "@/lib/workspaces/errors";

export type RoomActionResult = { ok: true; link?: string; isRevealed?: boolean } | { ok: false; error: string };

const id = z.string().regex(/^[a-z0-9]{8,40}$/);

/** Session check and error translation shared by every room action. */
async function run(work: (userId: string) => Promise<Omit<Extract<RoomActionResult, { ok: true }>, "ok"> | void>): Promise<RoomActionResult> {
  const user = await getSessionUser();
  if (!user) return { ok: false, error: "Your session has ended; sign in again" };
  try {
    return { ok: true, ...(await work(user.id)) };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, error: error.message };
    if (error instanceof ZodError) return { ok: false, error: error.issues[0]?.message ?? "Invalid request" };
    throw error;
  }
}

export async function markDoneAction(interviewId: string) {
  return run(async (userId) => markDone({ db: await getDb(), userId, interviewId: id.parse(interviewId) }));
}

export async function undoDoneAction(interviewId: string) {
  return run(async (userId) => undoDone({ db: await getDb(), userId, interviewId: id.parse(interviewId) }));
}

export async function revealTagsAction(interviewId: string) {
  return run(async (userId) => revealTags({ db: await getDb(), userId, interviewId: id.parse(interviewId) }));
}

export async function setBlindModeAction(interviewId: string, blind: boolean) {
  return run(async (userId) =>
    setBlindMode({ db: await getDb(), userId, interviewId: id.parse(interviewId), blind: z.boolean().parse(blind) }),
  );
}

export async function setRoleAction(interviewId: string, targetUserId: string, role: string | null) {
  return run(async (userId) =>
    setParticipantRole({
      db: await getDb(),
      actorId: userId,
      interviewId: id.parse(interviewId),
      userId: id.parse(targetUserId),
      role: z.enum(PARTICIPANT_ROLES).nullable().parse(role),
    }),
  );
}

export async function createBuddyInviteAction(interviewId: string) {
  return run(async (userId) => {
    const { token } = await createBuddyInvite({ db: await getDb(), userId, interviewId: id.parse(interviewId) });
    return { link: `/buddy/${token}` };
  });
}

export async function setCallOffsetAction(interviewId: string, callOffsetMs: number) {
  return run(async (userId) => setCallOffset({ db: await getDb(), userId, interviewId: id.parse(interviewId), callOffsetMs }));
}

export async function setReactionLagAction(interviewId: string, reactionLagMs: number) {
  return run(async (userId) => setReactionLag({ db: await getDb(), userId, interviewId: id.parse(interviewId), reactionLagMs }));
}
