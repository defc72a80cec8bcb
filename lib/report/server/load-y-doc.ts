import * as Y from "yjs";
import { loadDocumentState } from "../../collab/server/document-store";
import type { PrismaClient } from "../../db/open-database";

/** A Yjs document as the database holds it (authoritative: the sync server stores before relaying); empty when never written. */
export async function loadYDoc(options: { db: PrismaClient; name: string }): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const state = await loadDocumentState(options);
  if (state) Y.applyUpdate(doc, state);
  return doc;
}
