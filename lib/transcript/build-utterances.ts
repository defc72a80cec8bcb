// Timed text segments (one per cue or voice span) → utterances.
//
// Timing policy (the same for every timed format, documented in README.md):
// - segments are ordered by start time (stable, so equal starts keep file
//   order); one warning if the file was out of order;
// - an end before its start is set to the start (the words are kept, with a
//   warning naming the line); zero-length segments are kept;
// - overlaps are kept as they are: people talk over each other;
// - consecutive segments by the same named speaker merge into one utterance
//   whatever the gap; segments with no known speaker never merge, unless the
//   file marks them as continuing the same unnamed turn (SRT ">>" style).
import type { Utterance } from "./types";
import type { WarningList } from "./warnings";

export const UNKNOWN_SPEAKER = "Unknown speaker";

export interface TimedSegment {
  speaker?: string;
  /** True when the file says this continues the previous segment's turn. */
  continues?: boolean;
  startMs: number;
  endMs: number;
  text: string;
  line: number;
}

export function buildUtterances(segments: TimedSegment[], warnings: WarningList): Utterance[] {
  const ordered = sortByStart(segments, warnings);
  const utterances: Utterance[] = [];
  let previous: TimedSegment | undefined;
  for (const segment of ordered) {
    if (!segment.text) continue;
    let endMs = segment.endMs;
    if (endMs < segment.startMs) {
      warnings.add("the end time is before the start time; the end was set to the start", segment.line);
      endMs = segment.startMs;
    }
    const last = utterances[utterances.length - 1];
    if (last && previous && sameTurn(previous, segment)) {
      last.text += ` ${segment.text}`;
      last.endMs = Math.max(last.endMs, endMs);
    } else {
      utterances.push({ speaker: segment.speaker ?? UNKNOWN_SPEAKER, startMs: segment.startMs, endMs, text: segment.text });
    }
    previous = segment;
  }
  return utterances;
}

function sameTurn(previous: TimedSegment, next: TimedSegment): boolean {
  if (next.speaker !== undefined) return next.speaker === previous.speaker;
  return next.continues === true && previous.speaker === undefined;
}

function sortByStart(segments: TimedSegment[], warnings: WarningList): TimedSegment[] {
  const firstBackwards = segments.findIndex((s, i) => i > 0 && s.startMs < segments[i - 1].startMs);
  if (firstBackwards < 0) return segments;
  warnings.add("cues are not in time order; they were sorted by start time", segments[firstBackwards].line);
  return segments.map((s, i) => ({ s, i })).sort((a, b) => a.s.startMs - b.s.startMs || a.i - b.i).map((x) => x.s);
}

/** Speakers in order of first appearance. */
export function listSpeakers(utterances: readonly Utterance[]): string[] {
  return [...new Set(utterances.map((u) => u.speaker))];
}
