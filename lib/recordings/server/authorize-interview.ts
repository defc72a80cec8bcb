import "server-only";
import { getSessionUser } from "../../auth/server/get-session-user";
import { getDb } from "../../db/get-db";
import { getInterviewAccess } from "../../workspaces/server/get-interview-access";

/**
 * For route handlers: the signed-in member and the database, or the refusal to
 * send. Non-members get the same 404 as a missing interview, as the room page does.
 */
export async function authorizeInterview(interviewId: string) {
  const user = await getSessionUser();
  if (!user) return { refusal: Response.json({ error: "Sign in to open this interview" }, { status: 401 }) } as const;
  const db = await getDb();
  const access = await getInterviewAccess({ db, userId: user.id, interviewId });
  if (!access) return { refusal: Response.json({ error: "No such interview" }, { status: 404 }) } as const;
  return { user, db, access } as const;
}
