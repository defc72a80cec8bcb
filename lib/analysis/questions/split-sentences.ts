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

// A full stop after an abbreviation or initial ("Mr.", "e.g.", "U.S.") may
// not end a sentence; only texts containing one go to compromise.
const ABBREVIATION = /\b(Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|vs|etc|approx|Inc|Ltd|Co|No|e\.g|i\.e|a\.m|p\.m|[A-Z])\.\s+\S/;
const BOUNDARY = /[.?!…]+["'”’)\]]*\s+(?=\S)/g;

/**
 * Sentences of each text, with offsets into that text. Plain texts are split
 * at terminal punctuation (fast: a 2-hour transcript has ~1500 utterances);
 * texts with abbreviation-like tokens are split by compromise, which knows
 * "e.g." and "Mr." don't end a sentence.
 */
export function splitSentences(texts: string[]): TextSpan[][] {
  const hard = texts.map((t) => ABBREVIATION.test(t));
  const viaNlp = splitWithCompromise(texts.map((t, i) => (hard[i] ? t : "")));
  return texts.map((t, i) => (hard[i] ? viaNlp[i] : splitAtPunctuation(t)));
}

function splitAtPunctuation(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  };
  for (const m of text.matchAll(BOUNDARY)) {
    const end = (m.index ?? 0) + m[0].length;
    push(from, end);
    from = end;
  }
  push(from, text.length);
  return out;
}

function splitWithCompromise(texts: string[]): TextSpan[][] {
  if (texts.every((t) => t === "")) return texts.map(() => []);
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
