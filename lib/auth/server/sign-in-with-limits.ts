import type { PrismaClient } from "../../db/open-database";
import { authenticateUser } from "../../workspaces/server/authenticate-user";
import type { SignInLimits } from "./sign-in-limits";

/** Thrown when the limits refuse: its message says why and when to try again (shown in the sign-in form). */
export class SignInRefused extends Error {
  constructor(message: string, readonly retryAfterSeconds: number) {
    super(message);
    this.name = "SignInRefused";
  }
}

/**
 * Password sign-in with guessing held off: refused while the account or the
 * address is over its failure limit (even with the right password, which is
 * then not checked at all), failures counted, an account's count cleared by
 * a success. The user, or null for a wrong email or password.
 */
export async function signInWithLimits(options: { db: PrismaClient; input: unknown; ip: string; limits: SignInLimits }) {
  const raw = options.input as { email?: unknown } | null | undefined;
  // Normalised as signInSchema does, so "Ana@X.test " and "ana@x.test" share one count.
  const email = typeof raw?.email === "string" ? raw.email.trim().toLowerCase() : "";
  const attempt = await options.limits.startSignIn({ email, ip: options.ip });
  if (!attempt.isAllowed) throw new SignInRefused(attempt.message, attempt.retryAfterSeconds);
  let user: Awaited<ReturnType<typeof authenticateUser>>;
  try {
    user = await authenticateUser({ db: options.db, input: options.input });
  } catch (error) {
    await attempt.abandoned();
    throw error;
  }
  await (user ? attempt.succeeded() : attempt.failed());
  return user;
}
