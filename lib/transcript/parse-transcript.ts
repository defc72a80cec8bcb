// The entry point: bytes or text in, utterances or a typed error out. It never
// throws; a bug surfaces as an "internal" error so an import can't crash the
// server and nothing is half-imported (the caller gets all or nothing).
import { buildUtterances, listSpeakers } from "./build-utterances";
import { cuesToSegments, detectSpeakerRules } from "./cues-to-segments";
import { decodeInput } from "./decode-input";
import { detectFormat, type DetectedFamily } from "./detect-format";
import { findJunkLine } from "./find-junk";
import { parseOtter } from "./parse-otter";
import { parsePlainText } from "./parse-plain-text";
import { parseSrt } from "./parse-srt";
import { parseVttTranscript } from "./parse-vtt-transcript";
import { parseSecondEarJson } from "./secondear-json";
import {
  TRANSCRIPT_FORMATS,
  type ParseTranscriptOptions,
  type TimingQuality,
  type TranscriptError,
  type TranscriptFailure,
  type TranscriptFormat,
  type TranscriptResult,
  type Utterance,
} from "./types";
import { WarningList } from "./warnings";

export function parseTranscript(options: ParseTranscriptOptions): TranscriptResult {
  try {
    return parse(options);
  } catch (error) {
    return failure({ code: "internal", message: `the transcript parser failed unexpectedly: ${String((error as Error)?.message ?? error)}` });
  }
}

export const NOT_A_TRANSCRIPT =
  'line 1: not a recognised transcript; expected a WebVTT file ("WEBVTT"), SubRip cues ("00:00:01,000 --> 00:00:02,000"), an Otter.ai export ("Name  0:03" headers), "Name: text" lines or a SecondEar JSON export';

type Prepared = { ok: true; text: string; warnings: WarningList } | TranscriptFailure;

/** Decoding and the checks every format shares: option, size, encoding, emptiness, junk. */
export function prepareInput(options: ParseTranscriptOptions): Prepared {
  const format = options.format ?? "auto";
  if (format !== "auto" && !TRANSCRIPT_FORMATS.includes(format)) {
    return failure({ code: "invalid-option", message: `unknown format "${String(format)}"; use auto or one of ${TRANSCRIPT_FORMATS.join(", ")}` });
  }
  const decoded = decodeInput(options.input);
  if (!decoded.ok) return failure(decoded.error);
  const warnings = new WarningList();
  if (decoded.encoding === "windows-1252") warnings.add("the file is not valid UTF-8; it was read as Windows-1252 (Latin-1)");
  if (!decoded.text.trim()) {
    return failure({ code: "empty", line: 1, message: decoded.text ? "line 1: the file contains only blank space" : "line 1: the file is empty" });
  }
  const junk = findJunkLine(decoded.text);
  if (junk !== undefined) {
    return failure({ code: "binary", line: junk, message: `line ${junk}: the file contains binary data (control characters), not transcript text` });
  }
  return { ok: true, text: decoded.text, warnings };
}

function parse(options: ParseTranscriptOptions): TranscriptResult {
  const prepared = prepareInput(options);
  if (!prepared.ok) return prepared;
  const { text, warnings } = prepared;
  const requested = options.format ?? "auto";
  const family = requested === "auto" ? detectFormat(text, options.fileName) : familyOf(requested);
  if (!family) return failure({ code: "not-transcript", line: 1, message: NOT_A_TRANSCRIPT });
  let format: TranscriptFormat = family;
  let timing: TimingQuality = "exact";
  let utterances: Utterance[];
  if (family === "json") {
    const parsed = parseSecondEarJson(text);
    if (!parsed.ok) return failure(parsed.error);
    utterances = parsed.utterances;
  } else if (family === "vtt") {
    const vttFormat = requested === "zoom" || requested === "teams" || requested === "vtt" ? requested : "auto";
    const parsed = parseVttTranscript(text, vttFormat, warnings);
    if (!parsed.ok) return failure(parsed.error);
    ({ format, utterances } = parsed);
  } else if (family === "srt") {
    const cues = parseSrt(text, warnings);
    const { segments } = cuesToSegments(cues, detectSpeakerRules(cues));
    utterances = buildUtterances(segments, warnings);
  } else if (family === "otter") {
    utterances = parseOtter(text, warnings);
    timing = "start-only";
  } else {
    ({ utterances, timing } = parsePlainText(text, warnings));
  }
  if (utterances.length === 0) return failure(noUtterances(family, text));
  return { ok: true, format, speakers: listSpeakers(utterances), utterances, warnings: warnings.toArray(), timing };
}

function familyOf(format: TranscriptFormat): DetectedFamily {
  return format === "zoom" || format === "teams" ? "vtt" : format;
}

function noUtterances(family: DetectedFamily, text: string): TranscriptError {
  const what: Record<DetectedFamily, string> = {
    json: "the SecondEar transcript has no utterances",
    vtt: "the WebVTT file has no cue with text",
    srt: 'no usable cue; expected "00:00:01,000 --> 00:00:02,000" timing lines followed by text',
    otter: 'no Otter.ai speaker header ("Name  0:03") followed by text',
    meet: 'no "Name: text" line',
    text: 'no "Name: text" line',
  };
  let line = 1;
  if (family === "srt") {
    const arrow = text.split(/\r\n|\r|\n/).findIndex((l) => l.includes("-->"));
    if (arrow >= 0) line = arrow + 1;
  }
  return { code: "no-cues", line, message: `line ${line}: ${what[family]}` };
}

function failure(error: TranscriptError): TranscriptFailure {
  return { ok: false, error };
}
