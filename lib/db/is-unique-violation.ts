/**
 * True for a unique-constraint violation, however it reached us: Prisma's
 * P2002, or a driver adapter's error carrying PostgreSQL's 23505 (the PGlite
 * adapter does not translate it).
 */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string; kind?: string } } | null;
  return e?.code === "P2002" || e?.cause?.code === "23505" || e?.cause?.kind === "UniqueConstraintViolation";
}
