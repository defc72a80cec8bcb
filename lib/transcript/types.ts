// Shared types of the transcript parser. Plain data only, so the result can cross
// a server action, a worker or a JSON file unchanged.

/** Formats the parser recognises. `vtt` is generic WebVTT (captions, optional `<v>` voices). */
export type TranscriptFormat =
  | "vtt"
  | "zoom"
  | "teams"
  | "meet"
  | "srt"
  | "otter"
  | "text"
  | "json";

export type FormatOption = "auto" | TranscriptFormat;

export const TRANSCRIPT_FORMATS: readonly TranscriptFormat[] = [
  "vtt",
  "zoom",
  "teams",
  "meet",
  "srt",
  "otter",
  "text",
  "json",
];

import type { SpeakerRole } from "../vocabulary";

export type { SpeakerRole };

export interface Utterance {
  speaker: string;
  startMs: number;
  endMs: number;
  text: string;
  /** Only SecondEar's own JSON export carries roles. */
  role?: SpeakerRole;
}

/**
 * How trustworthy the times are: `exact` (start and end from the file),
 * `start-only` (ends inferred from the next start, e.g. Otter) or
 * `estimated` (no or sparse timestamps; spread by word count).
 */
export type TimingQuality = "exact" | "start-only" | "estimated";

export interface TranscriptWarning {
  line?: number;
  message: string;
}

export type TranscriptErrorCode =
  | "empty"
  | "too-large"
  | "binary"
  | "not-transcript"
  | "no-cues"
  | "invalid-json"
  | "invalid-option"
  // A bug in the parser, caught so callers still get a result, never a throw.
  | "internal";

export interface TranscriptError {
  code: TranscriptErrorCode;
  /** Human-readable; names the problem and, where there is one, the line. */
  message: string;
  line?: number;
}

export interface TranscriptSuccess {
  ok: true;
  format: TranscriptFormat;
  speakers: string[];
  utterances: Utterance[];
  warnings: TranscriptWarning[];
  timing: TimingQuality;
}

export interface TranscriptFailure {
  ok: false;
  error: TranscriptError;
}

export type TranscriptResult = TranscriptSuccess | TranscriptFailure;

export type TranscriptInput = Uint8Array | ArrayBuffer | string;

export interface ParseTranscriptOptions {
  input: TranscriptInput;
  format?: FormatOption;
  fileName?: string;
}

/** A WebVTT region, attribute names as in the W3C API and the WPT vectors. */
export interface CaptionRegion {
  id: string;
  width: number;
  lines: number;
  regionAnchorX: number;
  regionAnchorY: number;
  viewportAnchorX: number;
  viewportAnchorY: number;
  scroll: "" | "up";
}

/** A raw caption cue; cue-setting names as in the W3C VTTCue API. */
export interface CaptionCue {
  id: string;
  startMs: number;
  endMs: number;
  text: string;
  vertical: "" | "rl" | "lr";
  line: number | "auto";
  snapToLines: boolean;
  lineAlign: "start" | "center" | "end";
  position: number | "auto";
  positionAlign: "auto" | "line-left" | "center" | "line-right";
  size: number;
  align: "start" | "center" | "end" | "left" | "right";
  region: CaptionRegion | null;
}

export type CuesResult =
  | { ok: true; format: TranscriptFormat; cues: CaptionCue[]; warnings: TranscriptWarning[] }
  | TranscriptFailure;
