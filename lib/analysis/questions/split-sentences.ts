import nlp from "compromise";

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

// Texts are joined with a blank line, which compromise always treats as a
// sentence boundary, so a whole transcript is tokenised in one call: per-call
// set-up dominates for short utterances and a 2-hour transcript has ~1500.
const SEPARATOR = "\n\n";

/**
 * Sentences of each text, with offsets into that text. compromise handles
 * abbreviations ("e.g.", "Mr.") and ellipses better than a regex would.
 */
export function splitSentences(texts: string[]): TextSpan[][] {
  const bases: number[] = [];
  let joined = "";
  for (const t of texts) {
    bases.push(joined.length);
    joined += t.replace(/\n/g, " ") + SEPARATOR;
  }
  const result: TextSpan[][] = texts.map(() => []);
  const sentences = nlp.tokenize(joined).json({ offset: true }) as Array<{ offset: { start: number; length: number } }>;
  let ti = 0;
  for (const s of sentences) {
    const from = s.offset.start;
    while (ti + 1 < texts.length && bases[ti + 1] <= from) ti++;
    const text = texts[ti];
    let start = from - bases[ti];
    let end = Math.min(start + s.offset.length, text.length);
    // compromise may leave trailing punctuation outside the term span; keep it with the sentence.
    while (end < text.length && /[?!.…"'”’)\]]/.test(text[end])) end++;
    while (start < end && /\s/.test(text[start])) start++;
    if (end > start) result[ti].push({ start, end, text: text.slice(start, end) });
  }
  return result;
}
