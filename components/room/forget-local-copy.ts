"use client";

import { clearDocument } from "y-indexeddb";
import { formatDocumentName, type DocumentKind } from "@/lib/collab/document-name";

/**
 * Deletes this browser's copy of a document the person may no longer open
 * (blind tagging switched back on, removed from the workspace). Not on 401: a
 * lapsed session must not cost edits made offline.
 */
export function forgetLocalCopy(interviewId: string, kind: DocumentKind, ownerId?: string): void {
  if (kind === "tags" && !ownerId) return; // one's own tags: never withdrawn
  try {
    const name = formatDocumentName(kind === "tags" ? { interviewId, kind, ownerId: ownerId! } : { interviewId, kind });
    void clearDocument(`secondear:${name}`).catch(() => undefined);
  } catch {
    // not a name this app builds: nothing was stored under it
  }
}
