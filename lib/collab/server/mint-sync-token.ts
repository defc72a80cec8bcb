import { getAuthSecret } from "../../auth/auth-secret";
import { signSyncToken, SYNC_TOKEN_TTL_SECONDS } from "../../auth/sync-token";
import type { PrismaClient } from "../../db/open-database";
import { formatDocumentName, type DocumentName } from "../document-name";
import { getDocumentAccess } from "./get-document-access";

/**
 * A sync token for one document, only for someone who may open it now; null
 * otherwise. The sync server checks access again on connect (it may change).
 */
export async function mintSyncToken(options: { db: PrismaClient; userId: string; sessionId: string | null; name: DocumentName }) {
  const documentName = formatDocumentName(options.name);
  const result = await getDocumentAccess({ db: options.db, userId: options.userId, documentName, sessionId: options.sessionId });
  if (result.status !== "ok") return null;
  const sessionId = options.sessionId ?? undefined;
  const token = await signSyncToken({ userId: options.userId, documentName, sessionId }, { secret: getAuthSecret() });
  return { token, documentName, access: result.access, expiresInSeconds: SYNC_TOKEN_TTL_SECONDS };
}
