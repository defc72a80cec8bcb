import type { IncomingMessage } from "node:http";
import { verifySyncToken } from "../lib/auth/sync-token";
import { parseDocumentName } from "../lib/collab/document-name";
import { SYNC_PATH, UPGRADE_REFUSAL, type UpgradeRefusal } from "../lib/collab/protocol";
import type { PrismaClient } from "../lib/db/open-database";
import { getInterviewAccess } from "../lib/workspaces/server/get-interview-access";

export interface SyncPrincipal {
  userId: string;
  documentName: string;
  interviewId: string;
}

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
  const name = parseDocumentName(rawName);
  if (!name) return refuse(UPGRADE_REFUSAL.badDocumentName);
  const token = url.searchParams.get("token");
  if (!token) return refuse(UPGRADE_REFUSAL.missingToken);
  const verified = await verifySyncToken(token, { secret: options.secret });
  if (!verified.ok) return refuse(UPGRADE_REFUSAL.invalidToken);
  if (verified.claims.documentName !== rawName) return refuse(UPGRADE_REFUSAL.wrongDocument);
  const access = await getInterviewAccess({
    db: options.db,
    userId: verified.claims.userId,
    interviewId: name.interviewId,
  });
  if (!access) {
    const exists = await options.db.interview.count({ where: { id: name.interviewId } });
    return refuse(exists ? UPGRADE_REFUSAL.notMember : UPGRADE_REFUSAL.unknownInterview);
  }
  return { ok: true, principal: { userId: verified.claims.userId, documentName: rawName, interviewId: name.interviewId } };
}

function refuse(refusal: UpgradeRefusal): AuthenticateResult {
  return { ok: false, refusal };
}
