// Speaker prefixes written into caption text: Zoom's "Name: text", and the
// broadcast convention ">> NAME: text" / ">> text" (new, unnamed speaker).

export interface Labelled {
  speaker: string;
  text: string;
}

// A label is short, starts with a letter or digit, and has no sentence
// punctuation; the colon must be followed by a space or the end, so "10:30",
// "https://x" and "Ratio 3:1" are not read as speakers.
const LABEL = /^([\p{L}\p{N}][\p{L}\p{M}\p{N} .'’()\-_&@]{0,59}?)[ \t]*:(?:[ \t]+|$)([\s\S]*)$/u;

export function splitSpeakerLabel(text: string): Labelled | undefined {
  const m = LABEL.exec(text);
  if (!m) return undefined;
  const speaker = m[1].trim();
  if (/^\d+$/.test(speaker) || speaker.split(/\s+/).length > 6) return undefined;
  return { speaker, text: m[2].trim() };
}

export type Chevron = { speaker?: string; text: string };

/** ">> NAME: text" → named; ">> text" → a new unnamed speaker; otherwise undefined. */
export function splitChevron(text: string): Chevron | undefined {
  const m = /^\s*>>+\s*([\s\S]*)$/.exec(text);
  if (!m) return undefined;
  const labelled = splitSpeakerLabel(m[1]);
  return labelled ?? { text: m[1].trim() };
}
