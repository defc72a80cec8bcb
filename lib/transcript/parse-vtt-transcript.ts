// WebVTT transcripts (generic captions, Zoom, Teams, Google Meet recordings'
// captions) → utterances: lenient timings, spec parse, then speakers.
import { buildUtterances } from "./build-utterances";
import { cuesToSegments, detectSpeakerRules, type SpeakerRules } from "./cues-to-segments";
import { normalizeVttTimings } from "./normalize-vtt-timings";
import type { TranscriptError, Utterance } from "./types";
import type { WarningList } from "./warnings";
import { parseWebVtt } from "./webvtt-parse";

type VttFormat = "vtt" | "zoom" | "teams";

export type VttTranscript =
  | { ok: true; format: VttFormat; utterances: Utterance[] }
  | { ok: false; error: TranscriptError };

export function parseVttTranscript(text: string, requested: VttFormat | "auto", warnings: WarningList): VttTranscript {
  const normalized = normalizeVttTimings(text);
  const parsed = parseWebVtt(normalized.text);
  if (!parsed.ok) return { ok: false, error: { code: "not-transcript", line: 1, message: parsed.message } };
  if (parsed.cues.length === 0) return { ok: false, error: noCues(text) };
  const cues = parsed.cues.map((c) => ({ startMs: toMs(c.startTime), endMs: toMs(c.endTime), text: c.text, line: c.lineNumber }));
  const detected = detectSpeakerRules(cues);
  const rules: SpeakerRules = {
    chevrons: detected.chevrons,
    nameLabels: requested === "zoom" || (requested === "auto" && detected.nameLabels),
  };
  const { segments, voiceShare } = cuesToSegments(cues, rules);
  const format: VttFormat =
    requested !== "auto" ? requested : voiceShare >= 0.3 ? "teams" : rules.nameLabels ? "zoom" : "vtt";
  // Teams writes "0:0:1.5" by design; elsewhere a sloppy timing is worth a note.
  if (normalized.rewritten && format !== "teams") {
    warnings.add(`${normalized.rewritten} timing line(s) are not strict WebVTT (e.g. "0:0:1.5" or a comma); they were read leniently`, normalized.firstRewrittenLine);
  }
  const utterances = buildUtterances(segments, warnings);
  if (utterances.length === 0) return { ok: false, error: { code: "no-cues", line: cues[0].line, message: `line ${cues[0].line}: the cues have no text` } };
  return { ok: true, format, utterances };
}

function toMs(seconds: number): number {
  return Math.round(seconds * 1000);
}

function noCues(text: string): TranscriptError {
  const lines = text.split(/\r\n|\r|\n/);
  const arrow = lines.findIndex((l) => l.includes("-->"));
  if (arrow < 0) {
    return { code: "no-cues", line: 1, message: "line 1: the WebVTT file has no cues (no line with a \"-->\" timing)" };
  }
  const shown = lines[arrow].trim().slice(0, 60);
  return {
    code: "no-cues",
    line: arrow + 1,
    message: `line ${arrow + 1}: no usable cue; the first timing line "${shown}" is not a valid "00:00:00.000 --> 00:00:01.000" timing`,
  };
}
