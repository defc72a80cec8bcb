// The WebVTT file-level algorithm (W3C "WebVTT parser algorithm"): signature,
// header, then blocks that are cues, REGION or STYLE definitions, or ignored
// (NOTE and garbage). Blocks are collected here because regions hang off the
// block structure; each cue's timing line is handed to the library.
import { splitLines } from "./text-lines";
import type { CaptionCue, CaptionRegion } from "./types";
import { parseRegionSettings } from "./webvtt-region-settings";
import { parseTimingLine } from "./webvtt-timing-line";

export type WebVttCue = Omit<CaptionCue, "startMs" | "endMs"> & {
  startTime: number;
  endTime: number;
  /** 1-based line of the timing line, for warnings. */
  lineNumber: number;
};

export type WebVttParse =
  | { ok: true; cues: WebVttCue[]; regions: CaptionRegion[] }
  | { ok: false; line: 1; message: string };

/** Spec signature: "WEBVTT" alone or followed by space or tab (a BOM is stripped on decode). */
export function hasWebVttSignature(firstLine: string): boolean {
  return /^WEBVTT(?:$|[ \t])/.test(firstLine);
}

export function parseWebVtt(text: string): WebVttParse {
  const lines = splitLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!hasWebVttSignature(lines[0])) {
    return { ok: false, line: 1, message: 'line 1: a WebVTT file must start with "WEBVTT"' };
  }
  const state: BlockState = { lines, pos: 1, seenCue: false, regions: [], cues: [] };
  // A non-blank line right after the signature starts the header block, which
  // is skipped (it ends early at a timing line, so the cue is not lost).
  if (state.pos < lines.length && lines[state.pos] !== "") collectBlock(state, true);
  while (state.pos < lines.length) {
    while (state.pos < lines.length && lines[state.pos] === "") state.pos++;
    if (state.pos < lines.length) collectBlock(state, false);
  }
  return { ok: true, cues: state.cues, regions: state.regions };
}

interface BlockState {
  lines: string[];
  pos: number;
  seenCue: boolean;
  regions: CaptionRegion[];
  cues: WebVttCue[];
}

// Spec "collect a WebVTT block", on lines instead of code points.
function collectBlock(s: BlockState, inHeader: boolean): void {
  let lineCount = 0;
  let previous = s.pos;
  let seenArrow = false;
  let buffer: string[] = [];
  let cue: WebVttCue | undefined;
  let kind: "style" | "region" | undefined;
  while (s.pos < s.lines.length) {
    const line = s.lines[s.pos++];
    lineCount++;
    if (line.includes("-->")) {
      if (!inHeader && (lineCount === 1 || (lineCount === 2 && !seenArrow))) {
        seenArrow = true;
        previous = s.pos;
        const timing = parseTimingLine(line, s.regions);
        cue = timing && { id: buffer.join("\n"), text: "", ...timing, lineNumber: s.pos };
        if (cue) {
          buffer = [];
          s.seenCue = true;
        }
      } else {
        s.pos = previous; // this line starts the next block
        break;
      }
    } else if (line === "") {
      break;
    } else {
      if (!inHeader && lineCount === 2 && !s.seenCue && !cue) {
        if (/^STYLE[\t\n\f\r ]*$/.test(buffer[0] ?? "")) kind = "style";
        else if (/^REGION[\t\n\f\r ]*$/.test(buffer[0] ?? "")) kind = "region";
        if (kind) buffer = [];
      }
      buffer.push(line);
      previous = s.pos;
    }
  }
  if (cue) {
    cue.text = buffer.join("\n");
    s.cues.push(cue);
  } else if (kind === "region") {
    s.regions.push(parseRegionSettings(buffer.join("\n")));
  }
  // STYLE blocks are read and dropped: a transcript has no use for ::cue CSS.
}
