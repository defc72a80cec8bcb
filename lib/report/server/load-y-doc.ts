import * as Y from "yjs";
import { loadDocumentState } from "../../collab/server/document-store";
import { readUncommittedUpdates } from "../../collab/server/uncommitted-updates";
import type { PrismaClient } from "../../db/open-database";

/**
 * A Yjs document as the database holds it, plus what this process's sync
 * journal has not committed yet; empty when never written.
 */
export async function loadYDoc(options: { db: PrismaClient; name: string }): Promise<Y.Doc> {
  // Taken before the database is read: a frame committed meanwhile is then in one or both, never in neither.
  const journaled = readUncommittedUpdates(options.name);
  const doc = new Y.Doc();
  const state = await loadDocumentState(options);
  if (state) Y.applyUpdate(doc, state);
  for (const update of journaled) Y.applyUpdate(doc, update);
  return doc;
}
