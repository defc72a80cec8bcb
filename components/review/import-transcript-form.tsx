"use client";

import { useMemo, useState } from "react";
import type * as Y from "yjs";
import { readTranscriptText, writeTranscript } from "@/lib/collab/transcript-content";
import type { SpeakerRole } from "@/lib/collab/utterance-node";
import { guessSpeakerRoles } from "@/lib/review/guess-speaker-roles";
import { MAX_TRANSCRIPT_BYTES, parseTranscript, TRANSCRIPT_FORMATS, UNKNOWN_SPEAKER, type FormatOption } from "@/lib/transcript";
import { TranscriptPreview } from "./transcript-preview";

type Source = { kind: "file"; name: string; bytes: Uint8Array } | { kind: "paste"; text: string };

const FORMAT_NAMES: Record<FormatOption, string> = {
  auto: "Detect automatically",
  vtt: "WebVTT captions",
  zoom: "Zoom transcript (.vtt)",
  teams: "Microsoft Teams (.vtt)",
  meet: "Google Meet",
  srt: "SubRip (.srt)",
  otter: "Otter.ai text",
  text: "Plain “Name: text”",
  json: "SecondEar JSON",
};

/**
 * Pick, drop or paste a transcript; preview it; map speakers to roles; write it
 * into the room's document in one transaction, so everyone sees it at once.
 * Nothing touches the document until the user confirms a successful parse.
 */
export function ImportTranscriptForm({ doc, onDone }: { doc: Y.Doc; onDone: () => void }) {
  const [source, setSource] = useState<Source | null>(null);
  const [format, setFormat] = useState<FormatOption>("auto");
  const [readError, setReadError] = useState<string | null>(null);
  const [roleEdits, setRoleEdits] = useState<Record<string, SpeakerRole>>({});
  const [confirming, setConfirming] = useState(false);

  const result = useMemo(() => {
    if (!source) return null;
    const input = source.kind === "file" ? source.bytes : source.text;
    return parseTranscript({ input, format, fileName: source.kind === "file" ? source.name : undefined });
  }, [source, format]);
  const guessed = useMemo(() => (result?.ok ? guessSpeakerRoles(result.utterances, UNKNOWN_SPEAKER) : {}), [result]);
  const roles = { ...guessed, ...roleEdits };

  async function pickFile(file: File | undefined) {
    if (!file) return;
    setReadError(null);
    setConfirming(false);
    if (file.size > MAX_TRANSCRIPT_BYTES) {
      setReadError(`${file.name} is larger than the 20 MB limit for transcripts.`);
      return;
    }
    setSource({ kind: "file", name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }

  function apply() {
    if (!result?.ok) return;
    writeTranscript(doc, result.utterances.map((u) => ({ ...u, role: roles[u.speaker] ?? "other" })));
    onDone();
  }

  const hasContent = readTranscriptText(doc).trim().length > 0;
  return (
    <div className="import-form stack">
      <div
        className="drop-zone"
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => {
          event.preventDefault();
          void pickFile(event.dataTransfer.files[0]);
        }}
      >
        <label>
          Transcript file (WebVTT, SRT, Zoom, Teams, Meet, Otter, text, SecondEar JSON) — or drop it here
          <input type="file" accept=".vtt,.srt,.txt,.json,text/*,application/json" onChange={(event) => void pickFile(event.target.files?.[0])} />
        </label>
        <label>
          …or paste it
          <textarea
            rows={4}
            placeholder={"Jo: Walk me through the last time you…\nSam: Well, last Tuesday…"}
            value={source?.kind === "paste" ? source.text : ""}
            onChange={(event) => {
              setConfirming(false);
              setSource(event.target.value ? { kind: "paste", text: event.target.value } : null);
            }}
          />
        </label>
        <label>
          Format
          <select value={format} onChange={(event) => setFormat(event.target.value as FormatOption)}>
            {(["auto", ...TRANSCRIPT_FORMATS] as FormatOption[]).map((value) => (
              <option key={value} value={value}>
                {FORMAT_NAMES[value]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {readError && <p role="alert" className="error">{readError}</p>}
      {result && (
        <TranscriptPreview result={result} formatName={result.ok ? FORMAT_NAMES[result.format] : ""} roles={roles} onRoleChange={(speaker, role) => setRoleEdits((edits) => ({ ...edits, [speaker]: role }))} />
      )}
      <div className="dialog-actions">
        {confirming ? (
          <>
            <p className="warning" role="alert">This replaces the transcript for everyone in the room. Tags on the old text may no longer line up.</p>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>Keep the current one</button>
            <button type="button" className="danger" onClick={apply}>Replace transcript</button>
          </>
        ) : (
          <button type="button" disabled={!result?.ok} onClick={() => (hasContent ? setConfirming(true) : apply())}>
            {result?.ok ? `Import ${result.utterances.length} utterances` : "Import"}
          </button>
        )}
      </div>
    </div>
  );
}
