import "server-only";
import { getSessionUser } from "../../auth/server/get-session-user";
import { formatDocumentName } from "../../collab/document-name";
import { getDocumentAccess } from "../../collab/server/get-document-access";
import { getDb } from "../../db/get-db";
import { getInterviewAccess } from "../../workspaces/server/get-interview-access";

/**
 * For route handlers: the signed-in member and the database, or the refusal to
 * send. Non-members get the same 404 as a missing interview, as the room page does.
 * `toChange`: the recording belongs with the transcript, so changing it takes
 * the same right as editing the transcript (observers only watch).
 */
export async function authorizeInterview(interviewId: string, options: { toChange?: boolean } = {}) {
  const user = await getSessionUser();
  if (!user) return { refusal: Response.json({ error: "Sign in to open this interview" }, { status: 401 }) } as const;
  const db = await getDb();
  const access = await getInterviewAccess({ db, userId: user.id, interviewId });
  if (!access) return { refusal: Response.json({ error: "No such interview" }, { status: 404 }) } as const;
  if (options.toChange) {
    const documentName = formatDocumentName({ interviewId: access.interview.id, kind: "transcript" });
    const result = await getDocumentAccess({ db, userId: user.id, documentName });
    if (result.status !== "ok" || result.access !== "write") {
      return { refusal: Response.json({ error: "Observers can play the recording but not change it" }, { status: 403 }) } as const;
    }
  }
  return { user, db, access } as const;
}
