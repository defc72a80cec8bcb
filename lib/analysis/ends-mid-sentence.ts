// Words that cannot end a finished sentence: a customer stopping on one of
// these was cut off, whatever punctuation the transcriber added.
const DANGLING = new Set([
  "and", "but", "or", "so", "because", "cause", "the", "a", "an", "to", "of", "with", "for", "in",
  "on", "at", "if", "that", "which", "when", "like", "um", "uh", "my", "our", "their", "your", "is", "was",
]);

/**
 * True when a customer utterance looks unfinished ("…", "—", dangling word,
 * or — when `missingStopCounts` — no final stop at all).
 */
export function endsMidSentence(text: string, missingStopCounts = true): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (/(\.\.\.|…|—|–|-|,)$/.test(t)) return true;
  const last = t.replace(/[.!?"'”’)\]]+$/, "").split(/\s+/).pop()?.toLowerCase() ?? "";
  if (DANGLING.has(last)) return true;
  return missingStopCounts && !/[.!?]["'”’)\]]*$/.test(t);
}
