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
  takenAt: number | null;
}

/** The buddy's ready-made nudges, one per practice. */
export const STEP_NUDGES: { step: number; text: string }[] = [
  { step: 1, text: "Open question!" },
  { step: 2, text: "Paraphrase what you heard" },
  { step: 3, text: "Let them talk" },
  { step: 4, text: "Dig deeper here" },
];

const NUDGES_ARRAY = "nudges";

export function getNudgeArray(doc: Y.Doc): Y.Array<Nudge> {
  return doc.getArray<Nudge>(NUDGES_ARRAY);
}

export function sendNudge(doc: Y.Doc, nudge: Omit<Nudge, "takenAt">): void {
  const text = nudge.text.trim().slice(0, 200);
  if (!text) return;
  getNudgeArray(doc).push([{ ...nudge, text, takenAt: null }]);
}

/** Marks a nudge taken (Y.Array items are immutable: replace in place, in one transaction). */
export function markNudgeTaken(doc: Y.Doc, id: string, now: number): Nudge | null {
  const array = getNudgeArray(doc);
  const index = array.toArray().findIndex((n) => n.id === id);
  if (index < 0) return null;
  const taken = { ...array.get(index), takenAt: now };
  doc.transact(() => {
    array.delete(index, 1);
    array.insert(index, [taken]);
  });
  return taken;
}
