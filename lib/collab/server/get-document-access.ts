import type { PrismaClient } from "../../db/open-database";
import { getSqlPool } from "../../db/sql-driver";
import { PARTICIPANT_ROLES, type ParticipantRole } from "../../interviews/roles";
import { decideDocumentAccess, type DocumentAccess } from "../../interviews/policy";
import { parseDocumentName, type DocumentName } from "../document-name";

export type DocumentAccessResult =
  | { status: "ok"; name: DocumentName; access: Exclude<DocumentAccess, "none"> }
  | { status: "bad-name" | "no-interview" | "not-member" | "private" | "signed-out" };

/**
 * What `userId` may do with the document called `documentName`, decided from
 * the database now. `sessionId`: the browser session asking; a session that
 * signed out gets nothing.
 */
export async function getDocumentAccess(options: {
  db: PrismaClient;
  userId: string;
  documentName: string;
  sessionId?: string | null;
}): Promise<DocumentAccessResult> {
  const name = parseDocumentName(options.documentName);
  if (!name) return { status: "bad-name" };
  // One plain query: this runs for every websocket connection, and through Prisma it took 10-40 ms here.
  const [interview] = await getSqlPool(options.db).query<{
    blind: boolean;
    revealed: boolean;
    workspaceRole: string | null;
    participantRole: string | null;
    signedOut: boolean;
  }>(
    `SELECT i."blind", i."revealedAt" IS NOT NULL AS "revealed", m."role" AS "workspaceRole", p."role" AS "participantRole",
            EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r."id" = $3) AS "signedOut"
       FROM "Interview" i
       LEFT JOIN "Membership" m ON m."workspaceId" = i."workspaceId" AND m."userId" = $2
       LEFT JOIN "InterviewParticipant" p ON p."interviewId" = i."id" AND p."userId" = $2
      WHERE i."id" = $1`,
    [name.interviewId, options.userId, options.sessionId ?? null],
  );
  if (!interview) return { status: "no-interview" };
  if (interview.signedOut) return { status: "signed-out" };
  const workspaceRole = interview.workspaceRole;
  const participantRole = interview.participantRole as ParticipantRole | null;
  const access = decideDocumentAccess(name, {
    userId: options.userId,
    workspaceRole: workspaceRole === "owner" || workspaceRole === "member" ? workspaceRole : null,
    seat: participantRole && PARTICIPANT_ROLES.includes(participantRole) ? participantRole : null,
    blind: interview.blind,
    revealed: interview.revealed,
  });
  if (access !== "none") return { status: "ok", name, access };
  return { status: workspaceRole ? "private" : "not-member" };
}
