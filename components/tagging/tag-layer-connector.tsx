"use client";

import { useEffect } from "react";
import type * as Y from "yjs";
import { useSyncProvider } from "@/components/room/use-sync-provider";

/** Opens another person's tag document (read-only) and hands it to the room once it has synced. */
export function TagLayerConnector(props: {
  interviewId: string;
  ownerId: string;
  onDoc: (ownerId: string, doc: Y.Doc | null) => void;
  onContextChanged: () => void;
}) {
  const { doc, isSynced } = useSyncProvider(props.interviewId, "tags", { ownerId: props.ownerId, onContextChanged: props.onContextChanged });
  const { onDoc, ownerId } = props;
  useEffect(() => {
    if (!doc || !isSynced) return;
    onDoc(ownerId, doc);
    return () => onDoc(ownerId, null);
  }, [doc, isSynced, onDoc, ownerId]);
  return null;
}
