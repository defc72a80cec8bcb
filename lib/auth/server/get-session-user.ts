import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "../../db/get-db";
import { getAuthOptions } from "../auth-options";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
}

/** The signed-in user, checked against the database (a session can outlive its account), or null. */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(getAuthOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await (await getDb()).user.findUnique({ where: { id }, select: { id: true, name: true, email: true } });
  return user;
}

/** For pages: the signed-in user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
