import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "../../db/get-db";
import { getAuthOptions } from "./auth-options";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  /** This browser's sign-in (null for sessions from before sessions had ids). */
  sessionId: string | null;
}

/**
 * The signed-in user, checked against the database (a session can outlive its
 * account, and a signed-out session's cookie may have been copied), or null.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(getAuthOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const rawSessionId = (session as { sessionId?: unknown } | null)?.sessionId;
  const sessionId = typeof rawSessionId === "string" ? rawSessionId : null;
  const db = await getDb();
  const [user, revoked] = await Promise.all([
    db.user.findUnique({ where: { id }, select: { id: true, name: true, email: true } }),
    sessionId ? db.revokedSession.findUnique({ where: { id: sessionId }, select: { id: true } }) : null,
  ]);
  if (!user || revoked) return null;
  return { ...user, sessionId };
}

/** For pages: the signed-in user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
