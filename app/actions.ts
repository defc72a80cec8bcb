"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ZodError } from "zod";
import { getSessionUser } from "@/lib/auth/server/get-session-user";
import { readClientIp } from "@/lib/auth/server/client-ip-header";
import { getSignInLimits } from "@/lib/auth/server/sign-in-limits";
import { getDb } from "@/lib/db/get-db";
import { getMediaDir } from "@/lib/recordings/server/media-dir";
import { UserError } from "@/lib/workspaces/errors";
import { acceptInvite } from "@/lib/workspaces/server/accept-invite";
import { createInterview } from "@/lib/workspaces/server/create-interview";
import { createInvite } from "@/lib/workspaces/server/create-invite";
import { deleteInterview } from "@/lib/workspaces/server/delete-interview";
import { removeMember } from "@/lib/workspaces/server/remove-member";
import { signUp } from "@/lib/workspaces/server/sign-up";

export type ActionState = { error?: string; ok?: boolean; link?: string } | undefined;

/** What a user may read of a failure: our own messages and validation errors, nothing internal. */
function describeError(error: unknown): string {
  if (error instanceof UserError) return error.message;
  if (error instanceof ZodError) return error.issues[0]?.message ?? "Check the form";
  throw error;
}

export async function signUpAction(_state: ActionState, form: FormData): Promise<ActionState> {
  // Charged before the form is read: each attempt counts, so probing which emails are taken is limited too.
  const decision = await getSignInLimits().checkSignUp({ ip: readClientIp(await headers()) });
  if (!decision.isAllowed) return { error: decision.message };
  try {
    await signUp({ db: await getDb(), input: Object.fromEntries(form) });
    return { ok: true };
  } catch (error) {
    return { error: describeError(error) };
  }
}

export async function createInterviewAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return { error: "Your session has ended; sign in again" };
  let id: string;
  try {
    id = (await createInterview({ db: await getDb(), userId: user.id, input: Object.fromEntries(form) })).id;
  } catch (error) {
    return { error: describeError(error) };
  }
  redirect(`/interviews/${id}`);
}

export async function createInviteAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return { error: "Your session has ended; sign in again" };
  try {
    const { token } = await createInvite({ db: await getDb(), userId: user.id, workspaceId: String(form.get("workspaceId")) });
    return { ok: true, link: `/invite/${token}` };
  } catch (error) {
    return { error: describeError(error) };
  }
}

export async function acceptInviteAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return { error: "Your session has ended; sign in again" };
  try {
    await acceptInvite({ db: await getDb(), userId: user.id, token: String(form.get("token")) });
  } catch (error) {
    return { error: describeError(error) };
  }
  redirect("/interviews");
}

/** The owner removes a member, or a member leaves (userId: themselves). */
export async function removeMemberAction(workspaceId: string, userId: string): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return { error: "Your session has ended; sign in again" };
  try {
    await removeMember({ db: await getDb(), actorId: user.id, workspaceId, userId });
  } catch (error) {
    return { error: describeError(error) };
  }
  revalidatePath("/interviews");
  return { ok: true };
}

/** Deletes an interview for everyone (its owner or interviewer); the list refreshes without it. */
export async function deleteInterviewAction(interviewId: string): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return { error: "Your session has ended; sign in again" };
  try {
    await deleteInterview({ db: await getDb(), userId: user.id, interviewId, mediaDir: getMediaDir() });
  } catch (error) {
    return { error: describeError(error) };
  }
  revalidatePath("/interviews");
  return { ok: true };
}
