import { hashPassword } from "../../auth/password";
import type { PrismaClient } from "../../db/open-database";
import { UserError } from "../errors";
import { signUpSchema } from "../schemas";

/** Creates an account with its own personal workspace, owned by the new user. */
export async function signUp(options: { db: PrismaClient; input: unknown }) {
  const input = signUpSchema.parse(options.input);
  const passwordHash = await hashPassword(input.password);
  const existing = await options.db.user.findUnique({ where: { email: input.email } });
  if (existing) throw new UserError("An account with this email already exists", "conflict");
  return options.db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } });
    await tx.workspace.create({
      data: {
        name: `${input.name}'s workspace`,
        memberships: { create: { userId: user.id, role: "owner" } },
      },
    });
    return { id: user.id, email: user.email, name: user.name };
  });
}
