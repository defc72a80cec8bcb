"use client";

import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { formatClock } from "@/lib/collab/utterance-node";
import { callTimeAt, readClock } from "@/lib/live/call-clock";
import { readRecorder } from "@/lib/live/talk-time-doc";
import { formatBytes } from "@/lib/recordings/max-recording-bytes";
import { useCallRecorder } from "./use-call-recorder";

/** "Record call" in the room bar, for those who may change the recording. */
export function CallRecorder({ interviewId, liveDoc, onFinished }: { interviewId: string; liveDoc: Y.Doc; onFinished: () => void }) {
  const recorder = useCallRecorder({ interviewId, liveDoc, onFinished });
  const { state, problem, unfinished } = recorder;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, []);
  // Someone else's recorder is running: say so rather than offer a second one.
  const otherRecorder = state.kind === "idle" ? readRecorder(liveDoc, callTimeAt(readClock(liveDoc), now)) : null;
  if (otherRecorder && !problem) {
    return (
      <div className="call-recorder" data-testid="call-recorder" data-state="other">
        <span className="recording-dot" aria-hidden="true" />
        <span className="small" role="status">{otherRecorder} is recording the call</span>
      </div>
    );
  }

  return (
    <div className="call-recorder" data-testid="call-recorder" data-state={state.kind}>
      {state.kind === "idle" && !unfinished && (
        <>
          <button type="button" onClick={() => void recorder.start(true)} title="Asks for your microphone and the call's tab: tick “Also share tab audio”">
            Record call
          </button>
          <button type="button" className="link-button small" onClick={() => void recorder.start(false)}>Microphone only</button>
        </>
      )}
      {state.kind === "asking" && <span className="muted small" role="status">Choose the call&apos;s tab and tick “Also share tab audio”…</span>}
      {state.kind === "recording" && (
        <>
          <span className="recording-dot" aria-hidden="true" />
          <span className="small" role="status" data-testid="recording-status">
            {readClock(liveDoc).status === "paused" ? "Paused with the call" : "Recording"} {formatClock(recorder.getRecordedMs())}
            {!state.hasCallChannel && " (microphone only)"}
            {" · "}
            {state.upload.error
              ? state.upload.error
              : state.upload.waitingChunks > 0
                ? `${formatBytes(state.upload.waitingBytes)} waiting to upload${state.upload.isRetrying ? " (reconnecting; still recording)" : ""}`
                : "saved as it goes"}
          </span>
          <button type="button" className="secondary" onClick={() => void recorder.stop()}>Stop recording</button>
        </>
      )}
      {state.kind === "finishing" && <span className="muted small" role="status">Saving the recording…</span>}
      {unfinished && state.kind === "idle" && (
        <span role="group" aria-label="Unfinished recording" className="small">
          {unfinished.userName}&apos;s recording stopped before it was saved ({formatClock(unfinished.recordedMs)} recorded).{" "}
          {recorder.isRecovering && <span role="status">Uploading the part this browser kept… </span>}
          <button type="button" className="secondary small" disabled={recorder.isRecovering} onClick={() => void recorder.saveUnfinished()}>Save it as the recording</button>{" "}
          <button type="button" className="link-button" onClick={() => void recorder.discardUnfinished()}>Discard</button>
        </span>
      )}
      {problem && <p className="error small" role="alert">{problem}</p>}
    </div>
  );
}
