import { getAuthSecret } from "../../auth/auth-secret";
import { signSyncToken, SYNC_TOKEN_TTL_SECONDS } from "../../auth/sync-token";
import type { PrismaClient } from "../../db/open-database";
import { getInterviewAccess } from "../../workspaces/server/get-interview-access";
import { formatDocumentName, type DocumentKind } from "../document-name";

/** A sync token for one document of one interview, for a member of its workspace only; null otherwise. */
export async function mintSyncToken(options: {
  db: PrismaClient;
  userId: string;
  interviewId: string;
  kind: DocumentKind;
}) {
  const access = await getInterviewAccess({ db: options.db, userId: options.userId, interviewId: options.interviewId });
  if (!access) return null;
  const documentName = formatDocumentName({ interviewId: options.interviewId, kind: options.kind });
  const token = await signSyncToken({ userId: options.userId, documentName }, { secret: getAuthSecret() });
  return { token, documentName, expiresInSeconds: SYNC_TOKEN_TTL_SECONDS };
}
