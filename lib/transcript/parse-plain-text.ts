// A pasted dialogue, one "Name: text" paragraph per turn, optionally with
// timestamps: "[00:01:02] Name: text", "00:01:02 Name: text", or a bare
// timestamp line before a group of turns (Google Meet's transcript document,
// which stamps every few minutes). Lines without a label continue the turn.
import { fillTimings, mergeSameSpeaker, type DraftUtterance } from "./fill-timings";
import { parseLooseTimestamp } from "./loose-timestamp";
import { splitSpeakerLabel } from "./speaker-label";
import { splitLines } from "./text-lines";
import type { TimingQuality, Utterance } from "./types";
import type { WarningList } from "./warnings";

const STAMP = String.raw`[\[(]?((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)[\])]?`;
export const BARE_TIMESTAMP = new RegExp(`^\\s*${STAMP}\\s*$`);
const LEADING_TIMESTAMP = new RegExp(`^\\s*${STAMP}\\s+(.*)$`);
// Google Meet's own framing lines, which are not speech.
const MEET_NOISE = /^\s*(Meeting ended after\b|This editable transcript was computer generated|Transcript\s*$|Attendees\s*$)/i;

export interface PlainTextTranscript {
  utterances: Utterance[];
  timing: TimingQuality;
  bareTimestamps: number;
}

export function parsePlainText(text: string, warnings: WarningList): PlainTextTranscript {
  const drafts: DraftUtterance[] = [];
  let current: DraftUtterance | undefined;
  let pendingStart: number | undefined;
  let bareTimestamps = 0;
  let stamped = 0;
  let preamble: number | undefined;
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].trim();
    if (!line || MEET_NOISE.test(line)) continue;
    const bare = BARE_TIMESTAMP.exec(line);
    if (bare) {
      pendingStart = parseLooseTimestamp(bare[1]);
      bareTimestamps++;
      continue;
    }
    let start = pendingStart;
    const leading = LEADING_TIMESTAMP.exec(line);
    if (leading && parseLooseTimestamp(leading[1]) !== undefined) {
      start = parseLooseTimestamp(leading[1]);
      line = leading[2];
    }
    const label = splitSpeakerLabel(line);
    if (label) {
      current = { speaker: label.speaker, text: label.text, knownStartMs: start, line: i + 1 };
      if (start !== undefined) stamped++;
      pendingStart = undefined;
      drafts.push(current);
    } else if (current) {
      current.text = current.text ? `${current.text} ${line}` : line;
    } else {
      preamble ??= i + 1;
    }
  }
  if (preamble !== undefined) warnings.add('text before the first "Name:" line (a title?) was ignored', preamble);
  const kept = drafts.filter((d) => d.text);
  const timing: TimingQuality = kept.length > 0 && stamped === kept.length ? "start-only" : "estimated";
  if (timing === "estimated") {
    warnings.add(stamped ? "only some turns have timestamps; the others were estimated from word counts" : "the text has no timestamps; times were estimated from word counts (about 150 words a minute)");
  }
  return { utterances: mergeSameSpeaker(fillTimings(kept)), timing, bareTimestamps };
}
