"use client";

import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { computeTalkFigures, type TalkFigures } from "@/lib/capture/talk-time";
import { callTimeAt, readClock } from "@/lib/live/call-clock";
import { getTalkOpenMap, getTalkSegmentArray, hasTalkTime, readTalkSegments } from "@/lib/live/talk-time-doc";

/** Talk time from the call's audio, as the live document has it, refreshed each second; null until someone records. */
export function useTalkFigures(doc: Y.Doc | null): TalkFigures | null {
  const [figures, setFigures] = useState<TalkFigures | null>(null);
  useEffect(() => {
    if (!doc) return;
    const update = () => {
      if (!hasTalkTime(doc)) return setFigures(null);
      const now = callTimeAt(readClock(doc), Date.now());
      setFigures(computeTalkFigures(readTalkSegments(doc, now), now));
    };
    update();
    const segments = getTalkSegmentArray(doc);
    const open = getTalkOpenMap(doc);
    segments.observe(update);
    open.observe(update);
    const timer = setInterval(update, 1000);
    return () => {
      segments.unobserve(update);
      open.unobserve(update);
      clearInterval(timer);
    };
  }, [doc]);
  return figures;
}
