"use client";

import { formatSecondsField } from "@/lib/recordings/format-seconds-field";
import { parseSecondsField } from "@/lib/recordings/parse-seconds-field";
import { useRef, useState, useSyncExternalStore } from "react";
import type { RecordingInfo } from "@/lib/recordings/recording-info";
import type { PlaybackBus } from "./playback-bus";
import { useMediaSync, usePlayerKeys } from "./use-media-sync";

/** The recording, played in sync with the transcript, with follow mode and the clock offset. */
export function RecordingPlayer(props: {
  interviewId: string;
  recording: RecordingInfo;
  bus: PlaybackBus;
  onOffsetSaved: (recording: RecordingInfo) => void;
}) {
  const { recording, bus } = props;
  const media = useRef<HTMLMediaElement>(null);
  // The id in the URL makes a replaced recording a new resource for the browser's cache.
  const src = `/api/interviews/${encodeURIComponent(props.interviewId)}/recording?v=${recording.id}-${encodeURIComponent(recording.createdAt)}`;
  useMediaSync(media, bus, recording.offsetMs, src);
  usePlayerKeys(media);
  const state = useSyncExternalStore(bus.subscribe, bus.getState, bus.getState);
  const isVideo = recording.mimeType.startsWith("video/");

  return (
    <div className="recording-player" data-testid="recording-player">
      {isVideo ? (
        <video ref={media as React.RefObject<HTMLVideoElement>} src={src} controls preload="metadata" data-testid="player" />
      ) : (
        <audio ref={media as React.RefObject<HTMLAudioElement>} src={src} controls preload="metadata" data-testid="player" />
      )}
      <div className="player-options">
        <label className="inline">
          <input type="checkbox" checked={state.follow} onChange={(event) => bus.setState({ follow: event.target.checked })} />
          Follow playback
        </label>
        {state.follow && state.userScrolling && (
          <button type="button" className="link-button small" onClick={() => bus.resumeFollow()}>
            Following paused while you scroll · resume
          </button>
        )}
        <OffsetSetting key={recording.offsetMs} {...props} />
      </div>
      <p className="muted small keys-hint">
        {recording.fileName} · space play/pause · ← → 5 s (outside the transcript) · click a time to play from there
      </p>
    </div>
  );
}

function OffsetSetting({ interviewId, recording, onOffsetSaved }: { interviewId: string; recording: RecordingInfo; onOffsetSaved: (r: RecordingInfo) => void }) {
  const saved = formatSecondsField(recording.offsetMs);
  const [value, setValue] = useState(saved);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const dirty = value.trim() !== saved;

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const offsetMs = value.trim() === "" ? 0 : parseSecondsField(value);
    if (offsetMs === null) return setError("Write the offset in seconds, e.g. 1.5 or -2 (or as m:ss)");
    setSaving(true);
    setError(null);
    const response = await fetch(`/api/interviews/${encodeURIComponent(interviewId)}/recording`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ offsetMs }),
    }).catch(() => null);
    const body = (await response?.json().catch(() => null)) as { recording?: RecordingInfo; error?: string } | null;
    setSaving(false);
    if (response?.ok && body?.recording) onOffsetSaved(body.recording);
    else setError(body?.error ?? "Could not save the offset");
  }

  return (
    <form className="offset-setting" onSubmit={save}>
      <label className="inline" title="Where on the transcript clock the recording starts. Positive: the recording started after the transcript's 0:00; negative: before.">
        Recording starts at transcript time
        <input type="text" inputMode="decimal" size={6} value={value} onChange={(event) => setValue(event.target.value)} aria-label="Recording offset in seconds" />
        s
      </label>
      {dirty && (
        <button type="submit" className="secondary small" disabled={saving}>
          Save offset
        </button>
      )}
      {error && <span role="alert" className="error small">{error}</span>}
    </form>
  );
}
