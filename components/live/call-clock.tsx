"use client";

import { useState } from "react";
import type * as Y from "yjs";
import { formatClock } from "@/lib/collab/utterance-node";
import { pauseClock, resetClock, startClock, stopClock, type CallClockState } from "@/lib/live/call-clock";

/**
 * The call clock everyone in the room shares; anyone who may write can start,
 * pause or stop it. Starting again resumes: resetting to 0:00 is its own,
 * confirmed choice, since every later live tag would land at a new time.
 */
export function CallClock({ doc, state, nowMs, canControl }: { doc: Y.Doc; state: CallClockState; nowMs: number; canControl: boolean }) {
  const [isConfirmingReset, setConfirmingReset] = useState(false);
  const hasTime = state.elapsedMs > 0 || state.status === "running";
  const label = state.status === "running" ? "call running" : state.status === "paused" ? "paused" : hasTime ? "call stopped" : "call clock";
  return (
    <div className="call-clock" data-testid="call-clock" data-status={state.status}>
      <span className="clock-time" aria-label="Call time">{formatClock(nowMs)}</span>
      <span className="muted small">{label}</span>
      {canControl && (
        <span className="clock-buttons">
          {state.status !== "running" ? (
            <button type="button" className="secondary" onClick={() => startClock(doc, Date.now())}>
              {state.status === "paused" ? "Resume" : hasTime ? "Resume call" : "Start call"}
            </button>
          ) : (
            <button type="button" className="secondary" onClick={() => pauseClock(doc, Date.now())}>Pause</button>
          )}
          {state.status !== "stopped" && (
            <button type="button" className="secondary" onClick={() => stopClock(doc, Date.now())}>Stop</button>
          )}
          {state.status === "stopped" && hasTime && !isConfirmingReset && (
            <button type="button" className="link-button" onClick={() => setConfirmingReset(true)}>Reset to 0:00</button>
          )}
          {isConfirmingReset && (
            <span role="group" aria-label="Confirm resetting the call clock" className="small">
              Reset the call clock to 0:00? Live tags made after this count from zero.{" "}
              <button type="button" className="danger small" onClick={() => (resetClock(doc), setConfirmingReset(false))}>Reset</button>{" "}
              <button type="button" className="link-button" onClick={() => setConfirmingReset(false)}>Keep the time</button>
            </span>
          )}
        </span>
      )}
    </div>
  );
}
