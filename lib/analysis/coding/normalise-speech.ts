// Spoken transcripts carry repairs a written-style rule never sees:
// "Wh-what do you", "you- you don't", "put-- You drink", "um", "-and then".
// Normalising them first lets both learned coders see the words that were
// meant, and keeps the sentence structure ("?" and sentence ends) as tokens.

/** A sentence of normalised tokens; `asked` is true when it ended in "?". */
export interface SpokenSentence {
  tokens: string[];
  asked: boolean;
}

export interface SpokenText {
  sentences: SpokenSentence[];
  /** All tokens, sentences joined: what n-gram features read. */
  tokens: string[];
  fillers: number;
  /** The utterance starts mid-sentence ("-and you usually…"): it continues an earlier turn. */
  continues: boolean;
  /** The utterance stops mid-sentence ("…and make sure that-"). */
  breaksOff: boolean;
}

const FILLERS = new Set(["uh", "um", "erm", "er", "ah", "hmm", "mm", "uhm", "umm", "mhm"]);
const NOISE = /[[(][^\])]*[\])]/g;
const WORD = /[a-z0-9]+(?:'[a-z0-9]+)*/g;

/** Lower-case, straighten quotes, collapse stutters and repeats, drop fillers. */
export function normaliseSpeech(text: string): SpokenText {
  const raw = text.replace(NOISE, " ").replace(/[’‘]/g, "'").replace(/[“”]/g, '"').toLowerCase();
  const trimmed = raw.trim();
  const continues = /^[-–—]/.test(trimmed);
  const breaksOff = /[-–—]$/.test(trimmed) && !/\w-\w$/.test(trimmed);
  // "wh-what", "so-so", "you-you're": a fragment repeated as the next word's start.
  let s = raw.replace(/\b([a-z']{1,12})-(?=([a-z']+))/g, (m, a: string, b: string) => (b.startsWith(a) || a.startsWith(b) ? "" : m));
  // A dash between words is a pause or a cut-off, not a hyphenated word: "your- what's", "put-- you".
  s = s.replace(/([a-z'])-+(\s|$)/g, "$1 ").replace(/(^|\s)-+([a-z'])/g, "$1$2").replace(/\s[-–—]+\s/g, " , ");
  const sentences: SpokenSentence[] = [];
  let fillers = 0;
  for (const part of s.split(/(?<=[.?!…])\s+|(?<=[?])/)) {
    const asked = /\?/.test(part);
    const words: string[] = [];
    for (const m of part.replace(/-/g, " ").matchAll(WORD)) {
      const w = m[0];
      if (FILLERS.has(w)) {
        fillers++;
        continue;
      }
      words.push(w);
    }
    const tokens = collapseRepeats(words);
    if (tokens.length > 0) sentences.push({ tokens, asked });
    else if (asked && sentences.length > 0) sentences[sentences.length - 1].asked = true;
  }
  return { sentences, tokens: sentences.flatMap((x) => [...x.tokens, x.asked ? "?" : "."]), fillers, continues, breaksOff };
}

/** "you you don't", "what's your what's your": keep one copy of a repeat of up to three words. */
export function collapseRepeats(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    out.push(w);
    for (let n = 1; n <= 3; n++) {
      const k = out.length;
      if (k < 2 * n) continue;
      let same = true;
      for (let j = 0; j < n; j++) if (out[k - n + j] !== out[k - 2 * n + j]) same = false;
      // A doubled single letter ("a a") or number is not a stutter worth keeping either.
      if (same) {
        out.length = k - n;
        break;
      }
    }
  }
  return out;
}
