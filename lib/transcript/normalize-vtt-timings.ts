// Rewrites timing lines that strict WebVTT rejects but that are unambiguous
// (Teams' "0:0:1.5", a comma before the milliseconds, no fraction) into
// canonical form before the spec parser sees them. Only the transcript path
// does this; the raw `--cues` view of a .vtt follows the spec exactly.
import { formatVttTimestamp, parseLooseTimingLine } from "./loose-timestamp";
import { splitLines } from "./text-lines";

const STRICT = /^[\t\f ]*(?:\d{2,}:)?\d{2}:\d{2}\.\d{3}[\t\f ]*-->[\t\f ]*(?:\d{2,}:)?\d{2}:\d{2}\.\d{3}(?:$|[\t\f ])/;

export interface NormalizedTimings {
  text: string;
  rewritten: number;
  firstRewrittenLine?: number;
}

export function normalizeVttTimings(text: string): NormalizedTimings {
  if (!text.includes("-->")) return { text, rewritten: 0 };
  const lines = splitLines(text);
  let rewritten = 0;
  let firstRewrittenLine: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.includes("-->") || STRICT.test(line)) continue;
    const loose = parseLooseTimingLine(line);
    if (!loose) continue;
    lines[i] = `${formatVttTimestamp(loose.startMs)} --> ${formatVttTimestamp(loose.endMs)}${loose.rest ? ` ${loose.rest.trim()}` : ""}`;
    rewritten++;
    firstRewrittenLine ??= i + 1;
  }
  return { text: rewritten ? lines.join("\n") : text, rewritten, firstRewrittenLine };
}
