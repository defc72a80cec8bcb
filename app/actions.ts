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
import { createWorkspace } from "@/lib/workspaces/server/create-workspace";
import { deleteInterview } from "@/lib/workspaces/server/delete-interview";
import { removeMember } from "@/lib/workspaces/server/remove-member";
import { renameInterview } from "@/lib/workspaces/server/rename-interview";
import { renameWorkspace } from "@/lib/workspaces/server/rename-workspace";
import { signUp } from "@/lib/workspaces/server/sign-up";

export type ActionState = { error?: string; ok?: boolean; link?: string; field?: string; saved?: string } | undefined;

/** What a user may read of a failure: our own messages and validation errors, nothing internal. */
function describeError(error: unknown): string {
  return describeFailure(error).error;
}

/** The message and, when it is about one, the form field it belongs at. */
function describeFailure(error: unknown): { error: string; field?: string } {
  if (error instanceof UserError) return { error: error.message, ...(error.field ? { field: error.field } : {}) };
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const field = issue?.path[0]?.toString();
    return { error: issue?.message ?? "Check the form", ...(field ? { field } : {}) };
  }
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
    return describeFailure(error);
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

/** A new workspace, owned by the person creating it. */
export async function createWorkspaceAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return { error: "Your session has ended; sign in again" };
  try {
    const workspace = await createWorkspace({ db: await getDb(), userId: user.id, input: { name: form.get("name") } });
    revalidatePath("/interviews");
    return { ok: true, saved: workspace.name };
  } catch (error) {
    return describeFailure(error);
  }
}

/** Renames a workspace (owners only); every member sees the new name. */
export async function renameWorkspaceAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return { error: "Your session has ended; sign in again" };
  try {
    const input = { workspaceId: form.get("workspaceId"), name: form.get("name") };
    const workspace = await renameWorkspace({ db: await getDb(), userId: user.id, input });
    revalidatePath("/interviews");
    return { ok: true, saved: workspace.name };
  } catch (error) {
    return describeFailure(error);
  }
}

/** Renames an interview (its managers). */
export async function renameInterviewAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return { error: "Your session has ended; sign in again" };
  try {
    const input = { interviewId: form.get("interviewId"), title: form.get("title") };
    const interview = await renameInterview({ db: await getDb(), userId: user.id, input });
    revalidatePath(`/interviews/${interview.id}`);
    revalidatePath("/interviews");
    return { ok: true, saved: interview.title };
  } catch (error) {
    return describeFailure(error);
  }
}
