// The raw cue view (`secondear parse --cues`): WebVTT cues exactly as the W3C
// algorithm yields them (what the conformance vectors check), SRT cues with
// default settings, and for cue-less formats one default cue per utterance.
import { prepareInput, parseTranscript, NOT_A_TRANSCRIPT } from "./parse-transcript";
import { detectFormat } from "./detect-format";
import { normalizeVttTimings } from "./normalize-vtt-timings";
import { parseSrt } from "./parse-srt";
import type { CaptionCue, CuesResult, ParseTranscriptOptions, TranscriptFormat } from "./types";
import { parseWebVtt, type WebVttCue } from "./webvtt-parse";

const DEFAULTS = {
  vertical: "", line: "auto", snapToLines: true, lineAlign: "start", position: "auto",
  positionAlign: "auto", size: 100, align: "center", region: null,
} as const satisfies Omit<CaptionCue, "id" | "startMs" | "endMs" | "text">;

export function parseCues(options: ParseTranscriptOptions): CuesResult {
  try {
    return parse(options);
  } catch (error) {
    return { ok: false, error: { code: "internal", message: `the cue parser failed unexpectedly: ${String((error as Error)?.message ?? error)}` } };
  }
}

function parse(options: ParseTranscriptOptions): CuesResult {
  const prepared = prepareInput(options);
  if (!prepared.ok) return prepared;
  const { text, warnings } = prepared;
  const requested = options.format ?? "auto";
  const family = requested === "auto" ? detectFormat(text, options.fileName) : requested;
  if (!family) return { ok: false, error: { code: "not-transcript", line: 1, message: NOT_A_TRANSCRIPT } };
  if (family === "vtt" || family === "zoom" || family === "teams") {
    let parsed = parseWebVtt(family === "teams" ? normalizeVttTimings(text).text : text);
    // An auto-detected Teams file with "0:0:1.5" timings has no strict cues.
    if (parsed.ok && !parsed.cues.length && family === "vtt" && requested === "auto" && /<v[\s.]/.test(text)) {
      parsed = parseWebVtt(normalizeVttTimings(text).text);
    }
    // Per spec a bad signature means "not WebVTT": no cues. Said, not failed,
    // so the conformance view matches the algorithm.
    if (!parsed.ok) warnings.add(parsed.message.replace(/^line 1: /, ""), 1);
    const format: TranscriptFormat = family;
    return { ok: true, format, cues: parsed.ok ? parsed.cues.map(fromWebVtt) : [], warnings: warnings.toArray() };
  }
  if (family === "srt") {
    const cues = parseSrt(text, warnings).map((c) => ({ id: c.id, startMs: c.startMs, endMs: c.endMs, text: c.text, ...DEFAULTS }));
    if (!cues.length) return { ok: false, error: { code: "no-cues", line: 1, message: 'line 1: no usable SRT cue ("00:00:01,000 --> 00:00:02,000" followed by text)' } };
    return { ok: true, format: "srt", cues, warnings: warnings.toArray() };
  }
  const result = parseTranscript({ ...options, format: family });
  if (!result.ok) return result;
  const cues = result.utterances.map((u) => ({ id: "", startMs: u.startMs, endMs: u.endMs, text: `${u.speaker}: ${u.text}`, ...DEFAULTS }));
  return { ok: true, format: result.format, cues, warnings: result.warnings };
}

function fromWebVtt(c: WebVttCue): CaptionCue {
  // Spelled out so the JSON keys come in the documented order.
  return {
    id: c.id, startMs: Math.round(c.startTime * 1000), endMs: Math.round(c.endTime * 1000), text: c.text,
    vertical: c.vertical, line: c.line, snapToLines: c.snapToLines, lineAlign: c.lineAlign, position: c.position,
    positionAlign: c.positionAlign, size: c.size, align: c.align, region: c.region,
  };
}
