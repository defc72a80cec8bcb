import nlp from "compromise";
import type { Word } from "./tokenize-words";

interface Term {
  tags: string[];
  offset: { start: number; length: number };
}

/**
 * Attach compromise part-of-speech tags to the words of many segments in one
 * pass. Tagging is the expensive step (~4 ms per KB), so callers only send
 * sentences that might be questions and we batch them to amortise set-up.
 */
export function tagWords(segments: Array<{ text: string; words: Word[] }>): void {
  if (segments.length === 0) return;
  const bases: number[] = [];
  let joined = "";
  for (const s of segments) {
    bases.push(joined.length);
    joined += s.text.replace(/\n/g, " ") + "\n\n";
  }
  const doc = nlp(joined).json({ offset: true, terms: { offset: true } }) as Array<{ terms: Term[] }>;
  let si = 0;
  let wi = 0;
  for (const sentence of doc) {
    for (const term of sentence.terms) {
      const at = term.offset.start;
      while (si + 1 < segments.length && bases[si + 1] <= at) {
        si++;
        wi = 0;
      }
      const words = segments[si].words;
      const local = at - bases[si];
      while (wi < words.length && words[wi].end <= local) wi++;
      const w = words[wi];
      // Contractions come back as two terms ("don't" -> do + not); merge both tag sets.
      if (w && w.start <= local + Math.max(term.offset.length, 1) - 1) {
        for (const t of term.tags) if (!w.tags.includes(t)) w.tags.push(t);
      }
    }
  }
}
