import type { ParticipantRole } from "../interviews/roles";
import { isTagger } from "../interviews/roles";
import type { DocumentName } from "./document-name";

export type DocumentAccess = "write" | "read" | "none";

export interface AccessFacts {
  userId: string;
  /** null when the user is not a member of the interview's workspace. */
  workspaceRole: "owner" | "member" | null;
  participantRole: ParticipantRole | null;
  blind: boolean;
  revealed: boolean;
}

/**
 * Who may open which document, and whether they may change it. The sync
 * server enforces this on every connection; the UI only mirrors it.
 */
export function decideDocumentAccess(name: DocumentName, facts: AccessFacts): DocumentAccess {
  if (!facts.workspaceRole) return "none";
  const isObserver = facts.participantRole === "observer";
  if (name.kind !== "tags") return isObserver ? "read" : "write";
  if (name.ownerId === facts.userId) return isTagger(facts.participantRole) ? "write" : "read";
  // Someone else's tags: hidden while blind and not yet revealed, even from
  // the workspace owner, so nobody's tagging is anchored by another's.
  if (facts.blind && !facts.revealed) return "none";
  return "read";
}
