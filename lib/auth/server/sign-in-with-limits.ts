import type { PrismaClient } from "../../db/open-database";
import { authenticateUser } from "../../workspaces/server/authenticate-user";
import type { SignInLimits } from "./sign-in-limits";

/** Thrown when the limits refuse: its message says why and when to try again (shown in the sign-in form). */
export class SignInRefused extends Error {}

/**
 * Password sign-in with guessing held off: refused while the account or the
 * address is over its failure limit (even with the right password), failures
 * counted, an account's count cleared by a success.
 */
export async function signInWithLimits(options: { db: PrismaClient; input: unknown; ip: string; limits: SignInLimits }) {
  const raw = options.input as { email?: unknown } | null | undefined;
  const email = typeof raw?.email === "string" ? raw.email.trim().toLowerCase() : "";
  const decision = await options.limits.checkSignIn({ email, ip: options.ip });
  if (!decision.isAllowed) throw new SignInRefused(decision.message);
  const user = await authenticateUser({ db: options.db, input: options.input });
  if (!user) await options.limits.recordFailure({ email, ip: options.ip });
  else await options.limits.recordSuccess({ email });
  return user;
}
