import type { PrismaClient } from "../../db/open-database";
import { getSqlPool } from "../../db/sql-driver";
import { PARTICIPANT_ROLES, type ParticipantRole } from "../../interviews/roles";
import { decideDocumentAccess, type DocumentAccess } from "../../interviews/policy";
import { parseDocumentName, type DocumentName } from "../document-name";

export type DocumentAccessResult =
  | { status: "ok"; name: DocumentName; access: Exclude<DocumentAccess, "none"> }
  | { status: "bad-name" | "no-interview" | "not-member" | "private" };

/** What `userId` may do with the document called `documentName`, decided from the database now. */
export async function getDocumentAccess(options: {
  db: PrismaClient;
  userId: string;
  documentName: string;
}): Promise<DocumentAccessResult> {
  const name = parseDocumentName(options.documentName);
  if (!name) return { status: "bad-name" };
  // One plain query: this runs for every websocket connection, and through Prisma it took 10-40 ms here.
  const [interview] = await getSqlPool(options.db).query<{
    blind: boolean;
    revealed: boolean;
    workspaceRole: string | null;
    participantRole: string | null;
  }>(
    `SELECT i."blind", i."revealedAt" IS NOT NULL AS "revealed", m."role" AS "workspaceRole", p."role" AS "participantRole"
       FROM "Interview" i
       LEFT JOIN "Membership" m ON m."workspaceId" = i."workspaceId" AND m."userId" = $2
       LEFT JOIN "InterviewParticipant" p ON p."interviewId" = i."id" AND p."userId" = $2
      WHERE i."id" = $1`,
    [name.interviewId, options.userId],
  );
  if (!interview) return { status: "no-interview" };
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
