import { SPELLING_FIXES } from "./words";

export interface Word {
  /** As written. */
  text: string;
  /** Lower-case, curly apostrophes straightened, spoken spellings fixed. */
  norm: string;
  start: number;
  end: number;
  /** Part-of-speech tags from compromise (filled in by tagWords). */
  tags: string[];
  /** Punctuation directly after the word ("," "?" "—"), used for clause splits. */
  after: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
// "[inaudible]", "(crosstalk)": transcriber notes, not speech.
const NOISE = /[[(][^\])]*[\])]/g;

/** Words of a text with offsets; transcriber notes are skipped. */
export function tokenizeWords(text: string): Word[] {
  const masked = text.replace(NOISE, (m) => " ".repeat(m.length));
  const words: Word[] = [];
  for (const m of masked.matchAll(WORD)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const lower = m[0].toLowerCase().replace(/’/g, "'");
    const next = masked.slice(end).match(/^\s*([,;:?!.…—–]|\s-+\s)?/);
    words.push({
      text: m[0],
      norm: SPELLING_FIXES[lower] ?? lower,
      start,
      end,
      tags: [],
      after: next?.[1]?.trim() ?? "",
    });
  }
  return collapseStutters(words);
}

/**
 * Spoken repairs repeat a word or two ("how how do you", "do you, uh, do you
 * do that"); keeping one copy lets the opener rules see the real question.
 */
function collapseStutters(words: Word[]): Word[] {
  const out: Word[] = [];
  for (const w of words) {
    if (w.norm === "uh" || w.norm === "um" || w.norm === "erm") {
      out.push(w);
      continue;
    }
    const content = out.filter((x) => !["uh", "um", "erm", "sorry", "like"].includes(x.norm));
    const n = content.length;
    if (n >= 1 && content[n - 1].norm === w.norm && w.norm.length > 1) {
      continue;
    }
    if (n >= 3 && content[n - 1].norm === content[n - 3].norm && content[n - 2].norm === w.norm) {
      // second word of a repeated pair: "do you do you" -> drop the second copy entirely
      const dup = content[n - 1];
      out.splice(out.indexOf(dup), 1);
      continue;
    }
    out.push(w);
  }
  return out;
}
