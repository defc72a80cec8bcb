import type * as Y from "yjs";
import type { Speaker, TalkSegment } from "../capture/talk-time";

/**
 * Talk time measured from the call's audio, kept in the interview's live
 * document: the recording browser appends each closed turn and keeps the open
 * ones current, so every room (and the report) derives the same figures.
 */
const SEGMENTS_ARRAY = "talkSegments";
const OPEN_MAP = "talkOpen";

type StoredSegment = [speaker: "i" | "c", startMs: number, endMs: number];

const toCode = (speaker: Speaker) => (speaker === "interviewer" ? "i" : "c");

export function getTalkSegmentArray(doc: Y.Doc): Y.Array<StoredSegment> {
  return doc.getArray<StoredSegment>(SEGMENTS_ARRAY);
}

export function getTalkOpenMap(doc: Y.Doc): Y.Map<number | null> {
  return doc.getMap<number | null>(OPEN_MAP);
}

const RECORDER_MAP = "recorder";

/** Who is recording the call now (shown to everyone else instead of a second "Record call"); null when nobody. */
export function setRecorder(doc: Y.Doc, name: string | null): void {
  doc.getMap<string | null>(RECORDER_MAP).set("name", name);
}

/** The person recording, while their recorder is still reporting (a closed tab stops counting after 10 s of call time). */
export function readRecorder(doc: Y.Doc, nowCallMs: number): string | null {
  const name = doc.getMap<string | null>(RECORDER_MAP).get("name");
  const at = getTalkOpenMap(doc).get("at");
  return typeof name === "string" && typeof at === "number" && nowCallMs - at < 10_000 ? name : null;
}

export function appendTalkSegment(doc: Y.Doc, segment: TalkSegment): void {
  doc.transact(() => {
    getTalkSegmentArray(doc).push([[toCode(segment.speaker), Math.round(segment.startMs), Math.round(segment.endMs)]]);
    if (getTalkOpenMap(doc).get(segment.speaker) != null) getTalkOpenMap(doc).set(segment.speaker, null);
  });
}

/** Who is speaking right now, as of call time `atMs` (null: not speaking). */
export function setOpenTalk(doc: Y.Doc, open: Record<Speaker, number | null>, atMs: number): void {
  const map = getTalkOpenMap(doc);
  doc.transact(() => {
    for (const speaker of ["interviewer", "customer"] as const) {
      if (map.get(speaker) !== open[speaker]) map.set(speaker, open[speaker]);
    }
    map.set("at", Math.round(atMs));
  });
}

function isStored(value: unknown): value is StoredSegment {
  return Array.isArray(value) && (value[0] === "i" || value[0] === "c") && Number.isFinite(value[1]) && Number.isFinite(value[2]) && value[2] >= value[1];
}

/** Every turn, closed ones plus open ones ending at `nowMs` (never past the last word the recorder reported). */
export function readTalkSegments(doc: Y.Doc, nowMs?: number): TalkSegment[] {
  const segments: TalkSegment[] = getTalkSegmentArray(doc)
    .toArray()
    .filter(isStored)
    .map(([code, startMs, endMs]) => ({ speaker: code === "i" ? "interviewer" : "customer", startMs, endMs }));
  const open = getTalkOpenMap(doc);
  const at = open.get("at");
  for (const speaker of ["interviewer", "customer"] as const) {
    const since = open.get(speaker);
    if (typeof since !== "number" || typeof at !== "number") continue;
    // A recorder that went away leaves its last "speaking" behind: count only up to its last report, plus a little.
    const end = Math.min(nowMs ?? at, at + 2_000);
    if (end > since) segments.push({ speaker, startMs: since, endMs: end });
  }
  return segments;
}

export function hasTalkTime(doc: Y.Doc): boolean {
  return getTalkSegmentArray(doc).length > 0 || getTalkOpenMap(doc).get("at") != null;
}
