import * as Y from "yjs";

export interface DocumentUpdate {
  name: string;
  update: Uint8Array;
}

/** Longest stretch of merging before giving the event loop back (relays wait behind it). */
const SLICE_MS = 4;

/**
 * One update per document instead of one per keystroke: a group commit at
 * 500 rooms carries ~6 updates a document a second, and the database's cost
 * is per row (PGlite: ~0.12 ms a row). Merging costs ~40 µs a document on
 * the main thread, so it yields every few milliseconds. A group that does not
 * merge (an update Yjs cannot read) is kept as it came: nothing is lost.
 */
export async function mergeUpdatesByDocument(updates: readonly DocumentUpdate[]): Promise<DocumentUpdate[]> {
  const byName = new Map<string, Uint8Array[]>();
  for (const { name, update } of updates) {
    const group = byName.get(name);
    if (group) group.push(update);
    else byName.set(name, [update]);
  }
  const merged: DocumentUpdate[] = [];
  let sliceStart = performance.now();
  for (const [name, group] of byName) {
    if (group.length === 1) {
      merged.push({ name, update: group[0] });
      continue;
    }
    try {
      merged.push({ name, update: Y.mergeUpdates(group) });
    } catch {
      for (const update of group) merged.push({ name, update });
    }
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
  return merged;
}
