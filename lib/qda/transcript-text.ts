/** One utterance as a line of the exported text source: "Speaker: text". */
export function formatTranscriptLine(speaker: string, text: string): { line: string; prefixLength: number } {
  const prefix = speaker.trim() ? `${speaker.trim().replace(/[\r\n]+/g, " ")}: ` : "";
  return { line: prefix + text.replace(/[\r\n]/g, " "), prefixLength: prefix.length };
}

export interface TextLayout {
  text: string;
  /** UTF-16 offsets of each utterance's line start and of its text (after the speaker) start/end. */
  lines: { lineStart: number; textStart: number; textEnd: number }[];
}

/** The text source SecondEar writes: one utterance per line, joined by "\n". */
export function layoutTranscript(utterances: ReadonlyArray<{ speaker: string; text: string }>): TextLayout {
  const lines: TextLayout["lines"] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const u of utterances) {
    const { line, prefixLength } = formatTranscriptLine(u.speaker, u.text);
    lines.push({ lineStart: offset, textStart: offset + prefixLength, textEnd: offset + line.length });
    parts.push(line);
    offset += line.length + 1;
  }
  return { text: parts.join("\n"), lines };
}
