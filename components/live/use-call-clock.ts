"use client";

import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { callTimeAt, getClockMap, readClock, type CallClockState } from "@/lib/live/call-clock";

/** The shared call clock, re-rendering every quarter second while it runs. */
export function useCallClock(doc: Y.Doc | null): { state: CallClockState; nowMs: number } {
  const [state, setState] = useState<CallClockState>({ status: "stopped", elapsedMs: 0, runningSince: null });
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!doc) return;
    const map = getClockMap(doc);
    const update = () => setState(readClock(doc));
    update();
    map.observe(update);
    return () => map.unobserve(update);
  }, [doc]);
  useEffect(() => {
    if (state.status !== "running") return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [state.status]);
  return { state, nowMs: callTimeAt(state, now) };
}
