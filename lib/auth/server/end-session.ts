import type { PrismaClient } from "../../db/open-database";
import { publishAccessEvent } from "../../interviews/access-events";

/**
 * A browser session signed out. Its JWT cookie cannot be recalled, so the
 * session is recorded as revoked until it would have expired: a copy of the
 * cookie no longer signs anyone in, its sync tokens are refused, and its open
 * sockets are closed (the sync server hears "session ended").
 */
export async function endSession(options: { db: PrismaClient; sessionId: string; userId: string; expiresAt: Date }) {
  await options.db.revokedSession.upsert({
    where: { id: options.sessionId },
    create: { id: options.sessionId, userId: options.userId, expiresAt: options.expiresAt },
    update: {},
  });
  // Expired revocations protect nothing: swept here rather than by a timer.
  await options.db.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  publishAccessEvent({ type: "session-ended", sessionId: options.sessionId, userId: options.userId });
}
