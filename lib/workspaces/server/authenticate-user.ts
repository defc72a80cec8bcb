import { verifyPassword } from "../../auth/password";
import type { PrismaClient } from "../../db/open-database";
import { signInSchema } from "../schemas";

// A hash of a random password at the same cost as real ones: an unknown email is
// checked against it, so it takes as long as a wrong password (no timing oracle
// for which emails have accounts).
export const UNKNOWN_USER_HASH = "$2b$12$GkDyCpAFeVDVIHCHw2Zh.O2OqCnkbJFdCqmnN1N9h9ibXaolGPHTi";

/** The user for these credentials, or null: callers cannot tell a wrong email from a wrong password, by answer or by time. */
export async function authenticateUser(options: { db: PrismaClient; input: unknown; verify?: (password: string, hash: string) => Promise<boolean> }) {
  const verify = options.verify ?? verifyPassword;
  const parsed = signInSchema.safeParse(options.input);
  if (!parsed.success) return null;
  const user = await options.db.user.findUnique({ where: { email: parsed.data.email } });
  const isValid = await verify(parsed.data.password, user?.passwordHash ?? UNKNOWN_USER_HASH);
  if (!user || !isValid) return null;
  return { id: user.id, email: user.email, name: user.name };
}
