import type { DocumentName } from "../collab/document-name";
import { isTagger, type ParticipantRole } from "./roles";

/**
 * Every rule about who may do what on an interview, in one pure module. The
 * sync server (tokens, upgrades, open connections), every server action and
 * route, and the report decide through it; the room receives the resulting
 * capabilities with its context and never recomputes a rule.
 */

/** Limits the room's inputs and the server's checks share. */
export const LIMITS = {
  /** How far the call clock may be offset from the transcript's clock. */
  callOffsetMs: 6 * 3600_000,
  /** Longest reaction lag (live tags shifted back by it). */
  reactionLagMs: 15_000,
} as const;

export type DocumentAccess = "write" | "read" | "none";

/** What the database says about one person and one interview. */
export interface AccessFacts {
  userId: string;
  /** null when the person is not a member of the interview's workspace. */
  workspaceRole: "owner" | "member" | null;
  /** Their seat on this interview; null: no seat (members read and co-edit, not tag). */
  seat: ParticipantRole | null;
  blind: boolean;
  revealed: boolean;
}

export interface CapabilityFacts extends AccessFacts {
  /** They pressed "I'm done" (taggers only). */
  isDone: boolean;
  /** Whether the interviewer and buddy seats are taken (by anyone). */
  takenSeats: { interviewer: boolean; buddy: boolean };
}

export interface Capabilities {
  isMember: boolean;
  /** Manager: the workspace owner or the interview's interviewer. */
  isManager: boolean;
  documents: { transcript: DocumentAccess; live: DocumentAccess; ownTags: DocumentAccess; othersTags: DocumentAccess };
  canTag: boolean;
  canMarkDone: boolean;
  canUndoDone: boolean;
  canReveal: boolean;
  canSetBlindMode: boolean;
  /** Give anyone any seat ("Manage roles"), invite a buddy by link. */
  canSeatOthers: boolean;
  /** Take a vacant seat for oneself. */
  canTakeSeat: { interviewer: boolean; buddy: boolean };
  /** Upload, replace, remove or re-time the recording; import a transcript. */
  canChangeRecording: boolean;
  /** The reaction lag and the call offset. */
  canSetTiming: boolean;
  /** Start and stop the call clock. */
  canControlClock: boolean;
  canSendNudges: boolean;
  canReceiveNudges: boolean;
  canSeeReport: boolean;
  canExport: boolean;
  canDeleteInterview: boolean;
}

/** Who may open which document, and whether they may change it. */
export function decideDocumentAccess(name: DocumentName, facts: AccessFacts): DocumentAccess {
  if (!facts.workspaceRole) return "none";
  const isObserver = facts.seat === "observer";
  if (name.kind !== "tags") return isObserver ? "read" : "write";
  if (name.ownerId === facts.userId) return isTagger(facts.seat) ? "write" : "read";
  // Someone else's tags: hidden while blind and not yet revealed, even from
  // the workspace owner, so nobody's tagging is anchored by another's.
  if (facts.blind && !facts.revealed) return "none";
  return "read";
}

const NOTHING: Capabilities = {
  isMember: false,
  isManager: false,
  documents: { transcript: "none", live: "none", ownTags: "none", othersTags: "none" },
  canTag: false,
  canMarkDone: false,
  canUndoDone: false,
  canReveal: false,
  canSetBlindMode: false,
  canSeatOthers: false,
  canTakeSeat: { interviewer: false, buddy: false },
  canChangeRecording: false,
  canSetTiming: false,
  canControlClock: false,
  canSendNudges: false,
  canReceiveNudges: false,
  canSeeReport: false,
  canExport: false,
  canDeleteInterview: false,
};

export function decideCapabilities(facts: CapabilityFacts): Capabilities {
  if (!facts.workspaceRole) return NOTHING;
  const interviewId = "x";
  const documents = {
    transcript: decideDocumentAccess({ interviewId, kind: "transcript" }, facts),
    live: decideDocumentAccess({ interviewId, kind: "live" }, facts),
    ownTags: decideDocumentAccess({ interviewId, kind: "tags", ownerId: facts.userId }, facts),
    othersTags: decideDocumentAccess({ interviewId, kind: "tags", ownerId: `not-${facts.userId}` }, facts),
  };
  const isOwner = facts.workspaceRole === "owner";
  const isManager = isOwner || facts.seat === "interviewer";
  const canTag = documents.ownTags === "write";
  const isBlindOpen = facts.blind && !facts.revealed;
  return {
    isMember: true,
    isManager,
    documents,
    canTag,
    canMarkDone: canTag && isBlindOpen && !facts.isDone,
    canUndoDone: canTag && isBlindOpen && facts.isDone,
    canReveal: isOwner && isBlindOpen,
    canSetBlindMode: isManager,
    canSeatOthers: isManager,
    canTakeSeat: {
      interviewer: facts.seat !== "interviewer" && !facts.takenSeats.interviewer,
      buddy: facts.seat !== "buddy" && !facts.takenSeats.buddy,
    },
    canChangeRecording: documents.transcript === "write",
    canSetTiming: isManager,
    canControlClock: documents.live === "write",
    canSendNudges: facts.seat === "buddy" && documents.live === "write",
    canReceiveNudges: facts.seat === "interviewer",
    canSeeReport: true,
    canExport: true,
    canDeleteInterview: isManager,
  };
}

/**
 * May this person give `role` to someone (themselves when `isSelf`)? Managers
 * seat anyone, displacing a seat's holder; anyone may take a vacant seat, or
 * step back, for themselves.
 */
export function decideSeatChange(
  facts: AccessFacts,
  change: { isSelf: boolean; role: ParticipantRole | null; isTakenByOther: boolean },
): "ok" | "forbidden" | "conflict" {
  if (!facts.workspaceRole) return "forbidden";
  const isManager = facts.workspaceRole === "owner" || facts.seat === "interviewer";
  if (!isManager && !change.isSelf) return "forbidden";
  if (isTagger(change.role) && change.isTakenByOther && !isManager) return "conflict";
  return "ok";
}

export type Capability = {
  [K in keyof Capabilities]: Capabilities[K] extends boolean ? K : never;
}[keyof Capabilities];
