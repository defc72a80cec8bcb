"use client";

import { useState } from "react";
import type * as Y from "yjs";
import { writeTranscript } from "@/lib/collab/transcript-content";
import type { Utterance } from "@/lib/transcript/types";
import { decodeForTranscription } from "./decode-for-transcription";

type Line =
  | { type: "progress"; done: number; total: number; retrying?: { piece: number; attempt: number; error: string } }
  | { type: "done"; utterances: Utterance[] }
  | { type: "error"; message: string };

/**
 * "Transcribe" for a recording without a transcript: the browser decodes the
 * recording, the server sends each channel to the speech-to-text service, and
 * the transcript is written in one transaction only once every piece succeeded.
 */
export function TranscribeButton(props: { interviewId: string; doc: Y.Doc; transcription: { isConfigured: boolean; help?: string } }) {
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const base = `/api/interviews/${encodeURIComponent(props.interviewId)}`;

  async function transcribe() {
    setIsBusy(true);
    setError(null);
    try {
      setStatus("Reading the recording…");
      const recording = await fetch(`${base}/recording`);
      if (!recording.ok) throw new Error("Could not load the recording.");
      const wav = await decodeForTranscription(await recording.arrayBuffer());
      setStatus("Sending it to the transcription service…");
      const response = await fetch(`${base}/transcription`, { method: "POST", headers: { "content-type": "audio/wav" }, body: wav as Uint8Array<ArrayBuffer> });
      if (!response.ok || !response.body) throw new Error(((await response.json().catch(() => null)) as { error?: string } | null)?.error ?? `The server answered ${response.status}.`);
      const result = await readLines(response.body, (line) => {
        if (line.type !== "progress") return;
        setStatus(line.retrying ? `Piece ${line.retrying.piece} failed (${line.retrying.error}); trying again…` : `Transcribed ${line.done} of ${line.total} pieces…`);
      });
      if (result.type === "error") throw new Error(result.message);
      if (result.type === "done") {
        writeTranscript(props.doc, result.utterances.map((u) => ({ ...u, role: u.role ?? "other" })));
        setStatus(`Transcribed: ${result.utterances.length} utterances.`);
      }
    } catch (caught) {
      setStatus(null);
      setError(`${(caught as Error).message} Nothing was changed.`);
    } finally {
      setIsBusy(false);
    }
  }

  if (!props.transcription.isConfigured) return <p className="muted small" data-testid="transcribe-help">{props.transcription.help}</p>;
  return (
    <div className="transcribe stack-tight">
      <button type="button" className="secondary" disabled={isBusy} onClick={() => void transcribe()}>
        {isBusy ? "Transcribing…" : "Transcribe"}
      </button>
      <p className="muted small" role="status" aria-live="polite">{status}</p>
      {error && <p role="alert" className="error small">{error}</p>}
    </div>
  );
}

async function readLines(body: ReadableStream<Uint8Array>, onLine: (line: Line) => void): Promise<Line> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let last: Line = { type: "error", message: "The server ended the transcription without an answer." };
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += decoder.decode(value, { stream: true });
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const text of lines.filter(Boolean)) {
      last = JSON.parse(text) as Line;
      onLine(last);
    }
    if (done) return last;
  }
}
