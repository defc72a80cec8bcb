import { verifyPassword } from "../../auth/password";
import type { PrismaClient } from "../../db/open-database";
import { signInSchema } from "../schemas";

/** The user for these credentials, or null: callers cannot tell a wrong email from a wrong password. */
export async function authenticateUser(options: { db: PrismaClient; input: unknown }) {
  const parsed = signInSchema.safeParse(options.input);
  if (!parsed.success) return null;
  const user = await options.db.user.findUnique({ where: { email: parsed.data.email } });
  if (!user || !(await verifyPassword(parsed.data.password, user.passwordHash))) return null;
  return { id: user.id, email: user.email, name: user.name };
}
