"use client";

import { useEffect, useState } from "react";
import type * as Y from "yjs";
import type { RecordingInfo } from "@/lib/recordings/recording-info";
import "./review.css";
import { getPlaybackBus } from "./playback-bus";
import { RecordingPlayer } from "./recording-player";
import { RecordingUploader } from "./recording-uploader";
import { RemoveRecording } from "./remove-recording";
import { TranscribeButton } from "./transcribe-button";
import { useHasTranscript } from "./use-has-transcript";

type Info = { recording: RecordingInfo | null; maxBytes: number; transcription?: { isConfigured: boolean; help?: string } };

/**
 * The transcript card's recording area: upload one, or play it in sync.
 * `refreshKey` changes whenever the server says the interview changed (someone
 * uploaded, re-timed or removed the recording): its details are fetched again.
 */
export function RecordingPanel(props: { interviewId: string; doc: Y.Doc; canChange: boolean; refreshKey: number }) {
  const { interviewId, doc, canChange, refreshKey } = props;
  const hasTranscript = useHasTranscript(doc);
  const [info, setInfo] = useState<Info | null>(null);
  const [loadError, setLoadError] = useState(false);
  const bus = getPlaybackBus(doc);

  useEffect(() => {
    let cancelled = false;
    fetch(`/api/interviews/${encodeURIComponent(interviewId)}/recording/info`)
      .then((response) => (response.ok ? (response.json() as Promise<Info>) : Promise.reject(new Error())))
      .then((next) => !cancelled && (setInfo(next), setLoadError(false)))
      .catch(() => !cancelled && setLoadError(true));
    return () => {
      cancelled = true;
    };
  }, [interviewId, refreshKey]);

  // Shown at once here; everyone else's room hears it from the server.
  const changed = (recording: RecordingInfo | null) => setInfo((previous) => ({ maxBytes: previous?.maxBytes ?? 0, recording }));

  if (loadError) return <p className="error small">Could not load the recording details.</p>;
  if (!info) return null;
  return (
    <div className="recording-panel" data-testid="recording-panel">
      {info.recording ? (
        <RecordingPlayer key={info.recording.id + info.recording.createdAt} interviewId={interviewId} recording={info.recording} bus={bus} onOffsetSaved={changed} />
      ) : (
        canChange && <p className="muted small">Add the call&apos;s recording to play it in sync with the transcript.</p>
      )}
      {canChange && (
        <RecordingUploader
          interviewId={interviewId}
          maxBytes={info.maxBytes}
          label={info.recording ? "Replace recording" : "Upload recording"}
          onUploaded={changed}
        />
      )}
      {canChange && info.recording && !hasTranscript && info.transcription && (
        <TranscribeButton interviewId={interviewId} doc={doc} transcription={info.transcription} />
      )}
      {canChange && info.recording && <RemoveRecording interviewId={interviewId} onRemoved={() => changed(null)} />}
    </div>
  );
}
