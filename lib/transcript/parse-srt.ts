// SubRip (.srt) → raw cues. Hand-written: the format has no spec, and real
// files break the textbook shape (missing index lines, missing blank lines,
// dots instead of commas, bare CR, coordinates after the end time).
import { parseLooseTimingLine } from "./loose-timestamp";
import { splitLines } from "./text-lines";
import type { WarningList } from "./warnings";

export interface SrtCue {
  id: string;
  startMs: number;
  endMs: number;
  text: string;
  /** 1-based line of the timing line. */
  line: number;
}

export function parseSrt(text: string, warnings: WarningList): SrtCue[] {
  const lines = splitLines(text);
  const cues: SrtCue[] = [];
  let current: (SrtCue & { body: string[] }) | undefined;
  let skipping = false; // inside a cue whose timing line was unreadable
  let pendingId = "";
  const close = () => {
    if (current) cues.push({ id: current.id, startMs: current.startMs, endMs: current.endMs, text: current.body.join("\n"), line: current.line });
    current = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.includes("-->")) {
      close();
      const timing = parseLooseTimingLine(line);
      skipping = !timing;
      if (timing) current = { id: pendingId, startMs: timing.startMs, endMs: timing.endMs, text: "", line: i + 1, body: [] };
      else warnings.add(`unreadable timing line "${line.trim().slice(0, 60)}"; this cue was skipped`, i + 1);
      pendingId = "";
    } else if (line.trim() === "") {
      close();
      skipping = false;
    } else if (/^\s*\d+\s*$/.test(line) && (lines[i + 1] ?? "").includes("-->")) {
      // An index line; optional, so a text line just before a timing line
      // without a blank line between is only an index if it is all digits.
      close();
      pendingId = line.trim();
    } else if (current) {
      current.body.push(line);
    } else if (!skipping) {
      warnings.add(`text outside any cue was ignored: "${line.trim().slice(0, 60)}"`, i + 1);
    }
  }
  close();
  return cues;
}
