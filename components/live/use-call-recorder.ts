"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type * as Y from "yjs";
import { callTimeAt, getClockMap, readClock, startClock } from "@/lib/live/call-clock";
import { trackTalk } from "@/lib/live/track-talk";
import { CaptureProblem, openCallTab, openMicrophone, startCallAudio, type CallAudio } from "./capture-call-audio";
import { ChunkUploader, type UploadStatus } from "@/lib/capture/chunk-uploader";
import { chunkStore } from "./chunk-store";

export interface OpenCapture {
  captureId: string;
  userName: string;
  nextSeq: number;
  recordedMs: number;
}

export type RecorderState =
  | { kind: "idle" }
  | { kind: "asking" }
  | { kind: "recording"; upload: UploadStatus; hasCallChannel: boolean; startedAt: number }
  | { kind: "finishing" };

/** Each chunk is a few seconds: a closed tab or crashed browser loses at most that much. */
const CHUNK_MS = 4_000;

/**
 * Records the call in the room: microphone + call tab as two channels,
 * uploaded in acknowledged chunks while recording, talk time written into the
 * live document as it happens; Stop uploads what is left and attaches it.
 */
export function useCallRecorder(options: { interviewId: string; liveDoc: Y.Doc; onFinished: () => void }) {
  const { interviewId, liveDoc, onFinished } = options;
  const [state, setState] = useState<RecorderState>({ kind: "idle" });
  const [problem, setProblem] = useState<string | null>(null);
  const [unfinished, setUnfinished] = useState<OpenCapture | null>(null);
  /** Chunks of the unfinished recording that this browser kept and is uploading now. */
  const [isRecovering, setRecovering] = useState(false);
  const session = useRef<{ audio: CallAudio; uploader: ChunkUploader; captureId: string; talk: ReturnType<typeof trackTalk> } | null>(null);
  const base = `/api/interviews/${encodeURIComponent(interviewId)}/capture`;

  useEffect(() => {
    let isCancelled = false;
    void fetch(base)
      .then((r) => (r.ok ? r.json() : null))
      .then(async (body: { capture: OpenCapture | null } | null) => {
        const capture = body?.capture ?? null;
        if (isCancelled || session.current) return;
        setUnfinished(capture);
        if (capture) await recoverKeptChunks(capture, () => isCancelled, setUnfinished, setRecovering, interviewId);
      })
      .catch(() => undefined);
    return () => {
      isCancelled = true;
    };
  }, [base]);

  // Closing the tab mid-call would end the recording: the browser asks first.
  useEffect(() => {
    if (state.kind !== "recording" && state.kind !== "finishing") return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [state.kind]);

  const start = useCallback(
    async (withCall: boolean) => {
      setProblem(null);
      setState({ kind: "asking" });
      let mic: MediaStream | null = null;
      let call: MediaStream | null = null;
      try {
        call = withCall ? await openCallTab() : null;
        mic = await openMicrophone();
        // The recording starts the call: its 0:00 is pinned to the call clock.
        if (readClock(liveDoc).status !== "running") startClock(liveDoc, Date.now());
        const startCallMs = Math.round(callTimeAt(readClock(liveDoc), Date.now()));
        const response = await fetch(base, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ startCallMs }) });
        const body = (await response.json().catch(() => ({}))) as { capture?: OpenCapture; error?: string };
        if (!response.ok || !body.capture) throw new CaptureProblem(body.error ?? "The recording could not be started");
        const captureId = body.capture.captureId;
        const talk = trackTalk({ doc: liveDoc, recorderName: body.capture.userName, startCallMs, hasCallChannel: call != null });
        const audio = await startCallAudio({
          mic,
          call,
          onLevels: (frame) => {
            const recordingMs = audio.recordingMsAt(frame.at);
            if (recordingMs != null) talk.push(startCallMs + recordingMs, frame.left, frame.right); // null: paused with the call clock
          },
        });
        const uploader = new ChunkUploader({
          interviewId,
          captureId,
          nextSeq: 0,
          onStatus: (upload) => setState((previous) => (previous.kind === "recording" ? { ...previous, upload } : previous)),
          onStored: (nextSeq) => void chunkStore.forgetBelow(captureId, nextSeq).catch(() => undefined),
        });
        audio.recorder.ondataavailable = (event) => {
          const recordedMs = audio.elapsedMs();
          const seq = uploader.enqueue(event.data, recordedMs);
          // Kept in the browser until stored: a tab closed while offline loses only the chunk being recorded.
          if (seq != null) void chunkStore.put({ captureId, seq, blob: event.data, recordedMs }).catch(() => undefined);
        };
        call?.getAudioTracks()[0]?.addEventListener("ended", () => setProblem("The call's tab is no longer shared: from here on only your microphone is recorded."));
        audio.recorder.start(CHUNK_MS);
        session.current = { audio, uploader, captureId, talk };
        setUnfinished(null);
        setState({ kind: "recording", upload: { waitingChunks: 0, waitingBytes: 0, isRetrying: false, error: null }, hasCallChannel: call != null, startedAt: Date.now() });
      } catch (error) {
        for (const track of [...(mic?.getTracks() ?? []), ...(call?.getTracks() ?? [])]) track.stop();
        setProblem(error instanceof CaptureProblem ? error.message : `Recording could not start: ${String(error)}`);
        setState({ kind: "idle" });
      }
    },
    [base, interviewId, liveDoc],
  );

  // The recorder follows the call clock: paused with it (the recording keeps the call's time), stopped with it.
  const stopRef = useRef<() => Promise<void>>(async () => undefined);
  useEffect(() => {
    if (state.kind !== "recording") return;
    const map = getClockMap(liveDoc);
    const follow = () => {
      const audio = session.current?.audio;
      const status = readClock(liveDoc).status;
      if (!audio) return;
      if (status === "paused") audio.pause();
      else if (status === "running") audio.resume();
      else void stopRef.current();
    };
    map.observe(follow);
    return () => map.unobserve(follow);
  }, [state.kind, liveDoc]);

  const finish = useCallback(
    async (captureId: string, durationMs?: number) => {
      const response = await fetch(`${base}/finish`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ captureId, durationMs }) });
      if (!response.ok) throw new CaptureProblem(((await response.json().catch(() => ({}))) as { error?: string }).error ?? "The recording could not be saved");
      void chunkStore.forget(captureId).catch(() => undefined);
      onFinished();
    },
    [base, onFinished],
  );

  const stop = useCallback(async () => {
    const current = session.current;
    if (!current) return;
    setState({ kind: "finishing" });
    const stopped = new Promise<void>((resolve) => current.audio.recorder.addEventListener("stop", () => resolve(), { once: true }));
    const durationMs = current.audio.elapsedMs();
    const endMs = callTimeAt(readClock(liveDoc), Date.now());
    current.audio.stop();
    await stopped;
    current.talk.stop(endMs);
    try {
      await current.uploader.drained();
      await finish(current.captureId, durationMs);
      session.current = null;
      current.uploader.dispose();
      setState({ kind: "idle" });
    } catch (error) {
      setProblem(error instanceof CaptureProblem ? error.message : String(error));
      session.current = null;
      setUnfinished({ captureId: current.captureId, userName: "You", nextSeq: 0, recordedMs: durationMs });
      setState({ kind: "idle" });
    }
  }, [finish, liveDoc]);

  stopRef.current = stop;

  const saveUnfinished = useCallback(async () => {
    if (!unfinished) return;
    try {
      await finish(unfinished.captureId);
      setUnfinished(null);
    } catch (error) {
      setProblem(error instanceof CaptureProblem ? error.message : String(error));
    }
  }, [finish, unfinished]);

  const discardUnfinished = useCallback(async () => {
    if (!unfinished) return;
    const response = await fetch(`${base}?captureId=${encodeURIComponent(unfinished.captureId)}`, { method: "DELETE" }).catch(() => null);
    // Gone already (someone else saved or discarded it) is what was asked for; anything else is said.
    if (response && !response.ok && response.status !== 404) {
      return setProblem(((await response.json().catch(() => ({}))) as { error?: string }).error ?? "The recording could not be discarded");
    }
    if (!response) return setProblem("The recording could not be discarded: no connection to the server. Try again.");
    void chunkStore.forget(unfinished.captureId).catch(() => undefined);
    setUnfinished(null);
  }, [base, unfinished]);

  const getRecordedMs = useCallback(() => session.current?.audio.elapsedMs() ?? 0, []);
  return { state, problem, unfinished, isRecovering, start, stop, saveUnfinished, discardUnfinished, getRecordedMs };
}

/** Uploads what this browser kept of an unfinished recording (its tab closed while chunks waited), from where the server stopped. */
async function recoverKeptChunks(
  capture: OpenCapture,
  isCancelled: () => boolean,
  setUnfinished: (capture: OpenCapture) => void,
  setRecovering: (isRecovering: boolean) => void,
  interviewId: string,
): Promise<void> {
  const kept = await chunkStore.list(capture.captureId, capture.nextSeq).catch(() => []);
  // Only an unbroken run from the server's next chunk can be appended.
  const run = kept.filter((chunk, i) => chunk.seq === capture.nextSeq + i);
  if (run.length === 0 || isCancelled()) return;
  setRecovering(true);
  const uploader = new ChunkUploader({ interviewId, captureId: capture.captureId, nextSeq: capture.nextSeq, onStatus: () => undefined });
  for (const chunk of run) uploader.enqueue(chunk.blob, chunk.recordedMs);
  await uploader.drained();
  uploader.dispose();
  setUnfinished({ ...capture, nextSeq: capture.nextSeq + run.length, recordedMs: Math.max(capture.recordedMs, ...run.map((c) => c.recordedMs)) });
  setRecovering(false);
}
