export interface ImportUtterance {
  speaker: string;
  text: string;
  startMs: number | null;
  endMs: number | null;
  /** UTF-16 offsets of the text (after the speaker's name) in the source. */
  textStart: number;
  textEnd: number;
}

const SPEAKER_LINE = /^([^:\n]{1,60}?):[ \t]+/u;

/**
 * A text source as utterances: one per non-blank line, "Name: words" giving the speaker when most
 * lines look like that (SecondEar's own export, most transcripts); otherwise every line is the
 * words of an unnamed speaker. Sync points (UTF-16 positions) give the start time of the line they fall on.
 */
export function splitTranscriptText(text: string, syncPoints: ReadonlyArray<{ timeStamp: number; at: number }> = []): ImportUtterance[] {
  const lines: { start: number; line: string }[] = [];
  const pattern = /\r\n|\n|\r/g;
  let start = 0;
  for (let match = pattern.exec(text); ; match = pattern.exec(text)) {
    const end = match ? match.index : text.length;
    const line = text.slice(start, end);
    if (line.trim()) lines.push({ start, line });
    if (!match) break;
    start = match.index + match[0].length;
  }
  const named = lines.filter((l) => SPEAKER_LINE.test(l.line) && l.line.match(SPEAKER_LINE)![1].trim().split(/\s+/).length <= 5).length;
  const hasSpeakers = named * 2 >= lines.length && named > 0;
  const points = [...syncPoints].filter((p) => p.at >= 0).sort((a, b) => a.at - b.at);
  const utterances = lines.map(({ start: lineStart, line }): ImportUtterance => {
    const match = hasSpeakers ? SPEAKER_LINE.exec(line) : null;
    const prefix = match ? match[0].length : 0;
    const lead = line.length - line.slice(prefix).trimStart().length;
    const words = line.slice(lead).trimEnd();
    const sync = points.find((p) => p.at >= lineStart && p.at < lineStart + Math.max(line.length, 1));
    return { speaker: match ? match[1].trim() : "Speaker", text: words, startMs: sync ? sync.timeStamp : null, endMs: null, textStart: lineStart + lead, textEnd: lineStart + lead + words.length };
  });
  const last = utterances[utterances.length - 1];
  const end = last && points.find((p) => p.at >= last.textEnd);
  if (end && last.startMs !== null) last.endMs = Math.max(last.startMs, end.timeStamp);
  for (let i = 0; i < utterances.length - (end ? 1 : 0); i++) {
    const u = utterances[i];
    if (u.startMs === null) continue;
    const next = utterances.slice(i + 1).find((n) => n.startMs !== null);
    u.endMs = next ? Math.max(u.startMs, next.startMs!) : u.startMs;
  }
  return utterances;
}
