import fs from "node:fs";
import path from "node:path";
import * as Y from "yjs";
import { decodeFrames, type DecodedFrames, type JournalFrame } from "./frame";
import { SEGMENT_PATTERN } from "./segment";

export interface ReplayReport {
  segments: number;
  frames: number;
  documents: number;
  /** Tails dropped because they were torn or corrupt: never relayed, so nobody saw them. */
  dropped: { file: string; offset: number; bytes: number; reason: string }[];
  /** The highest segment number found, so new segments continue after it. */
  lastSeq: number;
}

/**
 * Commits what an earlier process journaled but may not have committed, then
 * deletes its files. Frames are merged per document first (one row each);
 * committing one already in the database is harmless (Yjs updates are idempotent).
 */
export async function replayJournal(options: {
  dir: string;
  commit(frames: JournalFrame[]): Promise<void>;
}): Promise<ReplayReport> {
  const files = fs
    .readdirSync(options.dir)
    .map((name) => ({ name, match: SEGMENT_PATTERN.exec(name) }))
    .filter((f): f is { name: string; match: RegExpExecArray } => f.match !== null)
    .map((f) => ({ name: f.name, seq: Number(f.match[1]) }))
    .sort((a, b) => a.seq - b.seq);
  const report: ReplayReport = { segments: files.length, frames: 0, documents: 0, dropped: [], lastSeq: files.at(-1)?.seq ?? 0 };
  const byDocument = new Map<string, Uint8Array[]>();
  for (const file of files) {
    const decoded: DecodedFrames = decodeFrames(fs.readFileSync(path.join(options.dir, file.name)));
    if (decoded.dropped) report.dropped.push({ file: file.name, ...decoded.dropped });
    for (const frame of decoded.frames) {
      const updates = byDocument.get(frame.name) ?? [];
      updates.push(frame.update);
      byDocument.set(frame.name, updates);
    }
    report.frames += decoded.frames.length;
  }
  report.documents = byDocument.size;
  if (byDocument.size > 0) {
    await options.commit([...byDocument].flatMap(([name, updates]) => mergeOrKeep(name, updates)));
  }
  for (const file of files) fs.rmSync(path.join(options.dir, file.name), { force: true });
  return report;
}

/** One row per document; should merging fail, every frame as it was (the database takes them all the same). */
function mergeOrKeep(name: string, updates: Uint8Array[]): JournalFrame[] {
  if (updates.length === 1) return [{ name, update: updates[0] }];
  try {
    return [{ name, update: Y.mergeUpdates(updates) }];
  } catch {
    return updates.map((update) => ({ name, update }));
  }
}
