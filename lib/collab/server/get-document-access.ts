import type { PrismaClient } from "../../db/open-database";
import { PARTICIPANT_ROLES, type ParticipantRole } from "../../interviews/roles";
import { decideDocumentAccess, type DocumentAccess } from "../document-access";
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
  const interview = await options.db.interview.findUnique({
    where: { id: name.interviewId },
    select: {
      blind: true,
      revealedAt: true,
      workspace: { select: { memberships: { where: { userId: options.userId }, select: { role: true } } } },
      participants: { where: { userId: options.userId }, select: { role: true } },
    },
  });
  if (!interview) return { status: "no-interview" };
  const workspaceRole = interview.workspace.memberships[0]?.role;
  const participantRole = interview.participants[0]?.role as ParticipantRole | undefined;
  const access = decideDocumentAccess(name, {
    userId: options.userId,
    workspaceRole: workspaceRole === "owner" || workspaceRole === "member" ? workspaceRole : null,
    participantRole: participantRole && PARTICIPANT_ROLES.includes(participantRole) ? participantRole : null,
    blind: interview.blind,
    revealed: interview.revealedAt != null,
  });
  if (access !== "none") return { status: "ok", name, access };
  return { status: workspaceRole ? "private" : "not-member" };
}
