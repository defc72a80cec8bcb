import { createHash } from "node:crypto";
import { errors, jwtVerify, SignJWT } from "jose";

/** Sync tokens are short-lived; the browser fetches a new one before reconnecting. */
export const SYNC_TOKEN_TTL_SECONDS = 5 * 60;
const AUDIENCE = "secondear-sync";

export interface SyncTokenClaims {
  userId: string;
  documentName: string;
  /** The browser session it was minted for: its sockets close when that session signs out. */
  sessionId?: string;
}

// A key of its own, derived from the auth secret, so a sync token can never
// pass as a session cookie or the other way round.
function deriveKey(secret: string): Uint8Array {
  return createHash("sha256").update(`secondear:sync-token:${secret}`).digest();
}

export async function signSyncToken(
  claims: SyncTokenClaims,
  options: { secret: string; ttlSeconds?: number; now?: number },
): Promise<string> {
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  return new SignJWT({ doc: claims.documentName, ...(claims.sessionId ? { sid: claims.sessionId } : {}) })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(claims.userId)
    .setAudience(AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + (options.ttlSeconds ?? SYNC_TOKEN_TTL_SECONDS))
    .sign(deriveKey(options.secret));
}

export type VerifySyncTokenResult =
  | { ok: true; claims: SyncTokenClaims }
  | { ok: false; reason: "expired" | "invalid" };

export async function verifySyncToken(token: string, options: { secret: string }): Promise<VerifySyncTokenResult> {
  try {
    const { payload } = await jwtVerify(token, deriveKey(options.secret), {
      audience: AUDIENCE,
      algorithms: ["HS256"],
    });
    if (typeof payload.sub !== "string" || typeof payload.doc !== "string") return { ok: false, reason: "invalid" };
    const sessionId = typeof payload.sid === "string" ? payload.sid : undefined;
    return { ok: true, claims: { userId: payload.sub, documentName: payload.doc, ...(sessionId ? { sessionId } : {}) } };
  } catch (error) {
    return { ok: false, reason: error instanceof errors.JWTExpired ? "expired" : "invalid" };
  }
}
