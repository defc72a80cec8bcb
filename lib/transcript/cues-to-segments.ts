// Caption cues (VTT or SRT) → speaker-attributed timed segments. Speakers come
// from `<v Name>` voice spans always, from ">> NAME:" markers when the file
// uses them, and from "Name: text" prefixes when the file is written that way
// (Zoom) — a plain caption saying "Note: ..." once must not become a speaker.
import type { TimedSegment } from "./build-utterances";
import { cueTextSegments } from "./cue-text-segments";
import { splitChevron, splitSpeakerLabel } from "./speaker-label";

export interface TimedCue {
  startMs: number;
  endMs: number;
  /** Raw cue text, markup included. */
  text: string;
  line: number;
}

export interface SpeakerRules {
  nameLabels: boolean;
  chevrons: boolean;
}

export interface CueSpeakers {
  segments: TimedSegment[];
  /** Share of cues that carried a `<v>` voice span (Teams-style). */
  voiceShare: number;
}

/** "Name:" labels count when at least half the cues start with one. */
export function detectSpeakerRules(cues: readonly TimedCue[]): SpeakerRules {
  let labelled = 0;
  let chevrons = false;
  for (const cue of cues) {
    if (/^\s*>>/.test(cue.text)) chevrons = true;
    if (splitSpeakerLabel(cue.text.replace(/^\s*>>+\s*/, ""))) labelled++;
  }
  return { nameLabels: cues.length > 0 && labelled * 2 >= cues.length, chevrons };
}

export function cuesToSegments(cues: readonly TimedCue[], rules: SpeakerRules): CueSpeakers {
  const segments: TimedSegment[] = [];
  let lastSpeaker: string | undefined;
  let voiced = 0;
  for (const cue of cues) {
    const parts = cueTextSegments(cue.text);
    if (parts.some((p) => p.voice !== undefined)) voiced++;
    const totalChars = parts.reduce((n, p) => n + p.text.length, 0) || 1;
    let startMs = cue.startMs;
    for (const part of parts) {
      // Several voices in one cue share its time in proportion to their text.
      const share = Math.round(((cue.endMs - cue.startMs) * part.text.length) / totalChars);
      const endMs = part === parts[parts.length - 1] ? cue.endMs : startMs + share;
      let speaker = part.voice;
      let text = part.text;
      let continues = false;
      if (speaker === undefined) {
        const chevron = rules.chevrons ? splitChevron(text) : undefined;
        const label = !chevron && rules.nameLabels ? splitSpeakerLabel(text) : undefined;
        if (chevron) ({ speaker, text } = chevron);
        else if (label) ({ speaker, text } = label);
        else if (rules.chevrons || rules.nameLabels) {
          // No marker: the previous speaker is still talking.
          speaker = lastSpeaker;
          continues = true;
        }
      }
      lastSpeaker = speaker;
      segments.push({ speaker, continues, startMs, endMs, text, line: cue.line });
      startMs = endMs;
    }
  }
  return { segments, voiceShare: cues.length ? voiced / cues.length : 0 };
}
