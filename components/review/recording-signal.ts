"use client";

import { useEffect, useState } from "react";
import type * as Y from "yjs";
import type { RecordingInfo } from "@/lib/recordings/recording-info";

// A small map in the room's transcript document: when someone uploads a
// recording or changes its offset, everyone in the room refetches its details.
// The database stays the source of truth; this only says "look again".
const MAP = "review";
const KEY = "recording";

/** `null`: the recording was removed. */
export function announceRecording(doc: Y.Doc, recording: RecordingInfo | null): void {
  doc
    .getMap(MAP)
    .set(KEY, recording ? { id: recording.id, offsetMs: recording.offsetMs, createdAt: recording.createdAt } : { removedAt: new Date().toISOString() });
}

/** A value that changes whenever someone in the room announces a recording change. */
export function useRecordingSignal(doc: Y.Doc): string {
  const read = () => JSON.stringify(doc.getMap(MAP).get(KEY) ?? null);
  const [signal, setSignal] = useState(read);
  useEffect(() => {
    const map = doc.getMap(MAP);
    const onChange = () => setSignal(JSON.stringify(map.get(KEY) ?? null));
    map.observe(onChange);
    return () => map.unobserve(onChange);
  }, [doc]);
  return signal;
}
