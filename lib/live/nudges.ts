import * as Y from "yjs";

/** A quiet hint from the buddy to the interviewer during the call. */
export interface Nudge {
  id: string;
  fromId: string;
  fromName: string;
  /** The practice it is about (1–4), or null for free text. */
  step: number | null;
  text: string;
  callMs: number;
  sentAt: number;
  /** Set by older versions when taken; handled state now lives in the "nudgeHandled" map. */
  takenAt: number | null;
}

/** How one of the interviewer's screens handled a nudge. */
export interface NudgeHandling {
  how: "taken" | "dismissed" | "timed-out";
  at: number;
}

/** How long a nudge is news: one older than this is not shown when a room opens. */
export const NUDGE_FRESH_MS = 5 * 60_000;

/** The buddy's ready-made nudges, one per practice. */
export const STEP_NUDGES: { step: number; text: string }[] = [
  { step: 1, text: "Open question!" },
  { step: 2, text: "Paraphrase what you heard" },
  { step: 3, text: "Let them talk" },
  { step: 4, text: "Dig deeper here" },
];

/** Offered to the buddy when the audio says the interviewer is talking too much (step 3). */
export const SPEAK_LESS_NUDGE = { step: 3, text: "Speak less" };

const NUDGES_ARRAY = "nudges";
// Keyed by nudge id: two browsers that handle one nudge at once converge on one entry.
const HANDLED_MAP = "nudgeHandled";

export function getNudgeArray(doc: Y.Doc): Y.Array<Nudge> {
  return doc.getArray<Nudge>(NUDGES_ARRAY);
}

export function getNudgeHandledMap(doc: Y.Doc): Y.Map<NudgeHandling> {
  return doc.getMap<NudgeHandling>(HANDLED_MAP);
}

export function isNudgeHandled(doc: Y.Doc, nudge: Nudge): boolean {
  return nudge.takenAt != null || getNudgeHandledMap(doc).has(nudge.id);
}

export function sendNudge(doc: Y.Doc, nudge: Omit<Nudge, "takenAt">): void {
  const text = nudge.text.trim().slice(0, 200);
  if (!text) return;
  getNudgeArray(doc).push([{ ...nudge, text, takenAt: null }]);
}

/**
 * The nudges a toast list shows now, oldest first: not yet handled in any of
 * the interviewer's browsers, and recent (a stale one is history, not news).
 */
export function listOpenNudges(doc: Y.Doc, now: number): Nudge[] {
  const seen = new Set<string>();
  return getNudgeArray(doc)
    .toArray()
    .filter((n) => !seen.has(n.id) && seen.add(n.id) && !isNudgeHandled(doc, n) && now - n.sentAt < NUDGE_FRESH_MS);
}

/**
 * Records that a nudge was taken, dismissed or timed out, once: `wasOpen` is
 * false when it had already been handled (a second press, or another browser
 * of the same person), so a caller adds its course-correction tag only once.
 */
export function handleNudge(doc: Y.Doc, options: { id: string; how: NudgeHandling["how"]; now: number }): { nudge: Nudge; wasOpen: boolean } | null {
  const nudge = getNudgeArray(doc).toArray().find((n) => n.id === options.id);
  if (!nudge) return null;
  if (isNudgeHandled(doc, nudge)) return { nudge, wasOpen: false };
  getNudgeHandledMap(doc).set(nudge.id, { how: options.how, at: options.now });
  return { nudge, wasOpen: true };
}
