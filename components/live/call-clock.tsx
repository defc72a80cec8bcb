"use client";

import type * as Y from "yjs";
import { formatClock } from "@/lib/collab/utterance-node";
import { pauseClock, startClock, stopClock, type CallClockState } from "@/lib/live/call-clock";

/** The call clock everyone in the room shares; anyone who may write can start, pause or stop it. */
export function CallClock({ doc, state, nowMs, canControl }: { doc: Y.Doc; state: CallClockState; nowMs: number; canControl: boolean }) {
  return (
    <div className="call-clock" data-testid="call-clock" data-status={state.status}>
      <span className="clock-time" aria-label="Call time">{formatClock(nowMs)}</span>
      <span className="muted small">{state.status === "running" ? "call running" : state.status === "paused" ? "paused" : "call clock"}</span>
      {canControl && (
        <span className="clock-buttons">
          {state.status !== "running" ? (
            <button type="button" className="secondary" onClick={() => startClock(doc, Date.now())}>
              {state.status === "paused" ? "Resume" : "Start call"}
            </button>
          ) : (
            <button type="button" className="secondary" onClick={() => pauseClock(doc, Date.now())}>Pause</button>
          )}
          {state.status !== "stopped" && (
            <button type="button" className="secondary" onClick={() => stopClock(doc, Date.now())}>Stop</button>
          )}
        </span>
      )}
    </div>
  );
}
