import type { IncomingMessage } from "node:http";
import { verifySyncToken } from "../lib/auth/sync-token";
import { SYNC_PATH, UPGRADE_REFUSAL, type UpgradeRefusal } from "../lib/collab/protocol";
import type { PrismaClient } from "../lib/db/open-database";
import { parseDocumentName } from "../lib/collab/document-name";
import { getDocumentAccess } from "../lib/collab/server/get-document-access";

export interface SyncPrincipal {
  userId: string;
  documentName: string;
  interviewId: string;
  /** Read-only connections get the document but their updates are dropped. */
  canWrite: boolean;
  /** The browser session the token was minted for (null: a token without one, e.g. tests and tools). */
  sessionId: string | null;
}

const REFUSAL_BY_STATUS = {
  "bad-name": UPGRADE_REFUSAL.badDocumentName,
  "no-interview": UPGRADE_REFUSAL.unknownInterview,
  "not-member": UPGRADE_REFUSAL.notMember,
  private: UPGRADE_REFUSAL.privateDocument,
  "signed-out": UPGRADE_REFUSAL.signedOut,
} as const;

export type AuthenticateResult = { ok: true; principal: SyncPrincipal } | { ok: false; refusal: UpgradeRefusal };

/**
 * Decides an upgrade before the socket is accepted: a valid token, for exactly
 * this document, held by someone who is (still) a member of its workspace.
 */
export async function authenticateUpgrade(options: {
  request: IncomingMessage;
  db: PrismaClient;
  secret: string;
}): Promise<AuthenticateResult> {
  const url = new URL(options.request.url ?? "/", "http://placeholder");
  if (!url.pathname.startsWith(`${SYNC_PATH}/`)) return refuse(UPGRADE_REFUSAL.badPath);
  const rawName = decodeURIComponent(url.pathname.slice(SYNC_PATH.length + 1));
  if (!parseDocumentName(rawName)) return refuse(UPGRADE_REFUSAL.badDocumentName);
  const token = url.searchParams.get("token");
  if (!token) return refuse(UPGRADE_REFUSAL.missingToken);
  const verified = await verifySyncToken(token, { secret: options.secret });
  if (!verified.ok) return refuse(UPGRADE_REFUSAL.invalidToken);
  if (verified.claims.documentName !== rawName) return refuse(UPGRADE_REFUSAL.wrongDocument);
  // Access is decided again now: membership, roles and blind mode may have changed since minting.
  const sessionId = verified.claims.sessionId ?? null;
  const result = await getDocumentAccess({ db: options.db, userId: verified.claims.userId, documentName: rawName, sessionId });
  if (result.status !== "ok") return refuse(REFUSAL_BY_STATUS[result.status]);
  return {
    ok: true,
    principal: {
      userId: verified.claims.userId,
      documentName: rawName,
      interviewId: result.name.interviewId,
      canWrite: result.access === "write",
      sessionId,
    },
  };
}

function refuse(refusal: UpgradeRefusal): AuthenticateResult {
  return { ok: false, refusal };
}
