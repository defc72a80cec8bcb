import "server-only";
import { getSessionUser } from "../../auth/server/get-session-user";
import { getDb } from "../../db/get-db";
import { getCapabilities } from "../../interviews/server/get-capabilities";
import { getInterviewAccess } from "../../workspaces/server/get-interview-access";

/**
 * For route handlers: the signed-in member and the database, or the refusal to
 * send. Non-members get the same 404 as a missing interview, as the room page does.
 * `toChange`: uploading, replacing, removing or re-timing the recording takes
 * the policy's `canChangeRecording` (observers only watch).
 */
export async function authorizeInterview(interviewId: string, options: { toChange?: boolean } = {}) {
  const user = await getSessionUser();
  if (!user) return { refusal: Response.json({ error: "Sign in to open this interview" }, { status: 401 }) } as const;
  const db = await getDb();
  const access = await getInterviewAccess({ db, userId: user.id, interviewId });
  if (!access) return { refusal: Response.json({ error: "No such interview" }, { status: 404 }) } as const;
  if (options.toChange) {
    const found = await getCapabilities({ db, userId: user.id, interviewId: access.interview.id });
    if (!found?.capabilities.canChangeRecording) {
      return { refusal: Response.json({ error: "Observers can play the recording but not change it" }, { status: 403 }) } as const;
    }
  }
  return { user, db, access } as const;
}
