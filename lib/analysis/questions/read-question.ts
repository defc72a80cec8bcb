import type { Word } from "./tokenize-words";
import { AUX, BACKCHANNELS, LEAD_FILLERS, NEGATIVE_AUX, SUBJECT_PRONOUNS, WH } from "./words";

/**
 * The grammatical shape of a sentence, which decides whether it asks
 * anything and which rules apply:
 * - prompt: imperative request for a story ("walk me through…")
 * - indirect: "I'm curious how…", "I wonder if…"
 * - wh: "what/why/how/when… + verb"
 * - yes-no: auxiliary + subject ("do you…", "isn't it…")
 * - tag: statement + agreement tag (", right?", ", isn't it?")
 * - declarative: statement said as a question ("so you export it?")
 * - continuation: short nudge to go on ("and then?", "such as?")
 * - fragment: echo or elliptical check ("the blue form?", "card?")
 */
export type QuestionForm =
  | "prompt" | "indirect" | "wh" | "yes-no" | "tag" | "declarative" | "continuation" | "fragment";

export interface QuestionReading {
  form: QuestionForm;
  /** Normalised words from the question's head (fillers and preamble skipped). */
  head: string[];
  headTags: string[][];
  /** The same joined by single spaces: what the phrase rules match against. */
  phrase: string;
  /** Normalised words of the whole sentence, fillers dropped. */
  full: string;
  questionMark: boolean;
}

// Hesitations and repair markers carry no meaning for the rules.
const DROP = new Set(["uh", "um", "erm", "er", "hmm", "ah", "mm", "sorry"]);
const PROMPT = /^(tell (me|us)|walk (me|us)|talk (me|us)|talk to (me|us)|take (me|us)|describe|explain|share|elaborate|expand|help me understand|give (me|us) (an?|some|one)|say more|show me|paint (me )?a picture|think back|remind me|picture)\b/;
const INDIRECT = /^(i'm|i am|i was|i'd|i would|i) (curious|wondering|wonder|love to (hear|know|understand|learn)|like to (hear|know|understand|learn)|want to (understand|know|hear|learn))\b|^i wonder\b/;
const CONTINUATIONS = new Set([
  "and then", "then what", "and then what", "such as", "like what", "meaning", "for example",
  "for instance", "how so", "in what way", "in what sense", "how come", "because", "and", "why",
  "why not", "what else", "say more", "and what else", "what then", "what happened then",
]);
const TAG = /^(right|correct|yeah|yes|no|true|huh|isn't (it|that|he|she|this)|aren't (you|they|we)|don't (you|they|we)|doesn't (it|he|she|that)|didn't (you|it|they|he|she)|wasn't (it|that|he|she)|weren't (you|they)|won't (you|it|they)|wouldn't (you|it|they)|haven't (you|they)|hasn't (it|he|she)|can't (you|it)|shouldn't (you|it|we)|is (it|that|he|she)|are (you|they)|do (you|they)|does (it|he|she)|did (you|it|they|he|she)|was (it|that|he|she)|will (you|it)|would (you|it)|have (you|they)|can (you|it))$/;

const VERBISH = ["Verb", "Copula", "Auxiliary", "Modal", "Gerund", "PastTense", "PresentTense"];
const SUBJECTISH = ["Noun", "Pronoun", "ProperNoun", "Determiner", "Value", "Gerund"];

function hasTag(w: Word | undefined, tags: string[]): boolean {
  return !!w && w.tags.some((t) => tags.includes(t));
}

/** Does a question start at words[i]? */
export function opensQuestion(words: Word[], i: number, questionMark: boolean): boolean {
  const w = words[i];
  const next = words[i + 1];
  const rest = words.slice(i, i + 6).map((x) => x.norm).join(" ");
  if (PROMPT.test(rest) || INDIRECT.test(rest)) return true;
  if (AUX.has(w.norm) || NEGATIVE_AUX.has(w.norm)) {
    return !!next && (SUBJECT_PRONOUNS.has(next.norm) || hasTag(next, SUBJECTISH));
  }
  if (WH.has(w.norm)) {
    if (!next) return questionMark;
    if (w.norm.includes("'") || (questionMark && words.length - i <= 3)) return true;
    // "what you do is…", "when the client pushes back": an embedded clause, not a question.
    if (SUBJECT_PRONOUNS.has(next.norm) && !["it's", "that's", "there's"].includes(next.norm)) return false;
    // A short wh-phrase with a question mark: "why now?", "which of these two?"
    if (questionMark) return true;
    if (AUX.has(next.norm) || NEGATIVE_AUX.has(next.norm) || next.norm === "else") return true;
    const verbSoon = words.slice(i + 1, i + 6).some((x) => hasTag(x, VERBISH) || AUX.has(x.norm));
    return verbSoon && (questionMark || hasTag(next, VERBISH) || hasTag(next, ["Noun"]));
  }
  return false;
}

function skipFillers(words: Word[], i: number, end: number): number {
  while (i < end && LEAD_FILLERS.has(words[i].norm) && !(words[i].norm === "like" && words[i + 1]?.norm === "what")) i++;
  return i;
}

/** Read a sentence; null when it asks nothing. */
export function readQuestion(all: Word[], questionMark: boolean): QuestionReading | null {
  const words = all.filter((w, k) => !DROP.has(w.norm) && !(w.norm === "like" && (w.after === "," || all[k - 1]?.after === ",")));
  if (words.length === 0) return null;
  const full = words.map((w) => w.norm).join(" ");
  const make = (form: QuestionForm, from: number): QuestionReading => {
    const head = words.slice(from);
    return { form, head: head.map((w) => w.norm), headTags: head.map((w) => w.tags), phrase: head.map((w) => w.norm).join(" "), full, questionMark };
  };
  const stripped = words.slice(skipFillers(words, 0, words.length)).map((w) => w.norm).join(" ");
  if (CONTINUATIONS.has(stripped) || CONTINUATIONS.has(full) || /\b(and )?then what$/.test(full)) return questionMark || stripped.split(" ").length > 1 ? make("continuation", 0) : null;
  if (BACKCHANNELS.has(full) || BACKCHANNELS.has(stripped) || stripped === "") return null;

  // Agreement tag after a comma: "…, right?", "…, didn't you?"
  const lastComma = words.map((w) => w.after).lastIndexOf(",", words.length - 2);
  const tail = words.slice(lastComma + 1).map((w) => w.norm).join(" ");
  const first = skipFillers(words, 0, words.length);
  const headOpens = opensQuestion(words, first, questionMark);
  if (lastComma >= 0 && TAG.test(tail)) return make("tag", first);
  if (!headOpens && /\s(right|correct)$/.test(full) && words.length > 3) return make("tag", first);

  // The question may follow a preamble clause: "When the client pushes back, how do you…"
  let start = 0;
  while (start < words.length) {
    const i = skipFillers(words, start, words.length);
    if (i < words.length && opensQuestion(words, i, questionMark)) return make(formAt(words, i), i);
    let j = i;
    while (j < words.length && !/^[,;:—–-]/.test(words[j].after)) j++;
    start = j + 1;
  }
  if (!questionMark) return null;
  return make(words.length - first <= 3 ? "fragment" : "declarative", first);
}

function formAt(words: Word[], i: number): QuestionForm {
  const rest = words.slice(i, i + 6).map((x) => x.norm).join(" ");
  if (PROMPT.test(rest)) return "prompt";
  if (INDIRECT.test(rest)) return "indirect";
  return WH.has(words[i].norm) ? "wh" : "yes-no";
}
