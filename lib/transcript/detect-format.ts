// Format sniffing from content (the file name only breaks a tie for JSON).
// Order matters: JSON and WebVTT announce themselves; any "-->" timing line
// means SRT-like cues; then Otter's "Name  0:03" headers; then "Name: text".
import { parseLooseTimingLine } from "./loose-timestamp";
import { matchOtterHeader } from "./parse-otter";
import { BARE_TIMESTAMP } from "./parse-plain-text";
import { splitSpeakerLabel } from "./speaker-label";
import { splitLines } from "./text-lines";

export type DetectedFamily = "json" | "vtt" | "srt" | "otter" | "meet" | "text";

export function detectFormat(text: string, fileName?: string): DetectedFamily | undefined {
  const start = text.trimStart();
  if (start.startsWith("{") || /\.json$/i.test(fileName ?? "")) return "json";
  if (start.startsWith("WEBVTT")) return "vtt";
  const lines = splitLines(text);
  // A "-->" line that starts like a time is a cue timing, even a broken one
  // (the SRT parser then names the bad line instead of "not a transcript").
  if (lines.some((l) => l.includes("-->") && (parseLooseTimingLine(l) || /^\s*\d+:\d/.test(l)))) return "srt";
  let paragraphs = 0;
  let otterHeaders = 0;
  let nonEmpty = 0;
  let labels = 0;
  let bare = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    nonEmpty++;
    if (i === 0 || !lines[i - 1].trim()) {
      paragraphs++;
      if (matchOtterHeader(line)) otterHeaders++;
    }
    if (BARE_TIMESTAMP.test(line)) bare++;
    else if (splitSpeakerLabel(line.replace(/^[[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[\])]?\s+/, ""))) labels++;
  }
  if (otterHeaders > 0 && otterHeaders * 10 >= paragraphs * 3) return "otter";
  if (labels > 0 && labels * 5 >= nonEmpty - bare) return bare > 0 ? "meet" : "text";
  return undefined;
}
