/**
 * Updates this process's sync journal holds but has not committed to the
 * database yet (at most SYNC_JOURNAL_COMMIT_MS old). The app adds them when
 * it reads a document from the database, so a report or export opened right
 * after a tag has it. One registry per process on globalThis: Next's bundle
 * and the sync server are separate module graphs. Another node's
 * uncommitted updates are not seen here (at most one commit interval).
 */
export type UncommittedSource = (name: string) => Uint8Array[];

const KEY = Symbol.for("secondear.uncommitted-updates");
const registry = globalThis as typeof globalThis & { [KEY]?: Set<UncommittedSource> };

function sources(): Set<UncommittedSource> {
  return (registry[KEY] ??= new Set());
}

/** Returns the function that takes the source away again (the journal closing). */
export function registerUncommittedUpdates(source: UncommittedSource): () => void {
  sources().add(source);
  return () => void sources().delete(source);
}

export function readUncommittedUpdates(name: string): Uint8Array[] {
  return [...sources()].flatMap((source) => source(name));
}
