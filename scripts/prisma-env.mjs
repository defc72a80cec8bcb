// The Prisma CLI falls back to downloading engines when env() in the schema
// has no value, so give DATABASE_URL a placeholder when it is unset.
export function prismaCliEnv() {
  return { ...process.env, DATABASE_URL: process.env.DATABASE_URL || "postgresql://localhost/placeholder" };
}
