// Otter.ai's text export:
//
//   Alice Smith  0:03
//   Thanks for joining. ...
//
//   Bob  1:02:10
//   ...
//
//   Transcribed by https://otter.ai
//
// Each header line names the speaker and the paragraph's start; there are no
// end times, so ends come from the next start.
import { fillTimings, mergeSameSpeaker, type DraftUtterance } from "./fill-timings";
import { parseLooseTimestamp } from "./loose-timestamp";
import { splitLines } from "./text-lines";
import type { Utterance } from "./types";
import type { WarningList } from "./warnings";

export const OTTER_HEADER = /^(\S.{0,79}?)\s+((?:\d{1,2}:)?\d{1,3}:\d{2})\s*$/;
const FOOTER = /^\s*Transcribed by\b.*otter/i;

/** A header line names a short speaker; a text line ending in "at 10:30" has too many words. */
export function matchOtterHeader(line: string): { speaker: string; startMs: number } | undefined {
  const m = OTTER_HEADER.exec(line);
  if (!m) return undefined;
  const speaker = m[1].trim();
  const startMs = parseLooseTimestamp(m[2]);
  if (startMs === undefined || speaker.split(/\s+/).length > 6 || /[.!?,;:]$/.test(speaker)) return undefined;
  return { speaker, startMs };
}

export function parseOtter(text: string, warnings: WarningList): Utterance[] {
  const lines = splitLines(text);
  const drafts: DraftUtterance[] = [];
  let current: DraftUtterance | undefined;
  let preamble: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (FOOTER.test(line)) continue;
    const afterBlank = i === 0 || lines[i - 1].trim() === "";
    const header = afterBlank ? matchOtterHeader(line) : undefined;
    if (header) {
      current = { speaker: header.speaker, text: "", knownStartMs: header.startMs, line: i + 1 };
      drafts.push(current);
    } else if (line.trim()) {
      if (current) current.text = current.text ? `${current.text} ${line.trim()}` : line.trim();
      else preamble ??= i + 1;
    }
  }
  if (preamble !== undefined) warnings.add("text before the first speaker header (a title?) was ignored", preamble);
  return mergeSameSpeaker(fillTimings(drafts.filter((d) => d.text)));
}
