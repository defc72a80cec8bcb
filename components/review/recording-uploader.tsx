"use client";

import { useRef, useState } from "react";
import { formatBytes } from "@/lib/recordings/max-recording-bytes";
import type { RecordingInfo } from "@/lib/recordings/recording-info";
import { uploadRecording } from "./upload-recording";

/** Pick or drop the call's recording; shows progress and the server's refusal, if any. */
export function RecordingUploader(props: {
  interviewId: string;
  maxBytes: number;
  label: string;
  onUploaded: (recording: RecordingInfo) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [abort, setAbort] = useState<(() => void) | null>(null);

  async function send(file: File | undefined) {
    if (!file) return;
    setError(null);
    if (file.size > props.maxBytes) {
      setError(`${file.name} is ${formatBytes(file.size)}; the limit is ${formatBytes(props.maxBytes)}.`);
      return;
    }
    setProgress(0);
    const upload = uploadRecording({ interviewId: props.interviewId, file, onProgress: setProgress });
    setAbort(() => upload.abort);
    try {
      props.onUploaded(await upload.done);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setProgress(null);
      setAbort(null);
      if (input.current) input.current.value = "";
    }
  }

  return (
    <div
      className="recording-uploader"
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        void send(event.dataTransfer.files[0]);
      }}
    >
      <input
        ref={input}
        type="file"
        accept="audio/*,video/*"
        hidden
        aria-label="Recording file"
        onChange={(event) => void send(event.target.files?.[0])}
      />
      {progress == null ? (
        <button type="button" className="secondary" onClick={() => input.current?.click()}>
          {props.label}
        </button>
      ) : (
        <div className="upload-progress">
          <progress max={1} value={progress} aria-label="Upload progress" />
          <span className="muted small">{Math.round(progress * 100)}%</span>
          {abort && (
            <button type="button" className="link-button" onClick={abort}>
              Cancel
            </button>
          )}
        </div>
      )}
      {error && (
        <p role="alert" className="error small" data-testid="recording-error">
          {error}
        </p>
      )}
    </div>
  );
}
