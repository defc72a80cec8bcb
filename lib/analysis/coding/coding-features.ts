import { PARAPHRASE_PHRASES } from "../find-phrasing-cues";
import type { ClassifiedQuestion } from "../types";
import type { Features } from "./logistic-model";
import { normaliseSpeech, type SpokenText } from "./normalise-speech";

// Discourse openers a sentence's form should be read past: "So, do you…".
const OPENERS = new Set(["so", "okay", "ok", "and", "well", "yeah", "yes", "right", "now", "but", "alright", "all", "oh", "good", "great", "then", "also", "just", "mm", "hmm"]);
const STOP = new Set(("a an the and or but so to of in on at for with from by as is are was were be been being am do does did have has had " +
  "i me my mine we us our you your yours he she it its they them their this that these those there here what which who how why when where " +
  "not no yes yeah okay ok right well just like really very can could would will should might may must kind sort of about um uh " +
  "i'm you're it's that's don't you've i've we're they're gonna wanna get got know think mean say said thing things lot bit little").split(" "));
const FIRST_PERSON = new Set(["i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll", "we", "our", "us", "we're"]);
const SECOND_PERSON = new Set(["you", "your", "yours", "yourself", "you're", "you've", "you'd", "you'll"]);

function bucket(n: number, edges: number[]): string {
  let i = 0;
  while (i < edges.length && n > edges[i]) i++;
  return i === 0 ? `<=${edges[0]}` : i === edges.length ? `>${edges[edges.length - 1]}` : `<=${edges[i]}`;
}

function add(x: Features, f: string, v = 1): void {
  x.set(f, (x.get(f) ?? 0) + v);
}

/** Word uni- and bigrams, and how each sentence (and the last one) opens. */
function formFeatures(x: Features, spoken: SpokenText): void {
  const t = spoken.tokens;
  for (let i = 0; i < t.length; i++) {
    x.set(`w:${t[i]}`, 1);
    if (i + 1 < t.length) x.set(`w:${t[i]} ${t[i + 1]}`, 1);
  }
  spoken.sentences.forEach((s, k) => {
    let i = 0;
    while (i < s.tokens.length - 1 && OPENERS.has(s.tokens[i])) i++;
    const head = s.tokens.slice(i, i + 3);
    const last = k === spoken.sentences.length - 1 ? ["last"] : [];
    for (const where of ["start", ...last]) {
      for (let n = 1; n <= head.length; n++) x.set(`${where}${s.asked ? "?" : ""}:${head.slice(0, n).join(" ")}`, 1);
    }
    if (s.asked) add(x, "asked");
  });
  // The words of the questions themselves, apart from any preamble: what the experts coded.
  const asked = spoken.sentences.filter((q) => q.asked);
  for (const q of asked.length ? asked : spoken.sentences.slice(-1)) {
    const p = asked.length ? "q" : "tail";
    q.tokens.forEach((w, i) => {
      x.set(`${p}:${w}`, 1);
      if (i + 1 < q.tokens.length) x.set(`${p}:${w} ${q.tokens[i + 1]}`, 1);
    });
  }
  const last = spoken.sentences[spoken.sentences.length - 1];
  if (last?.asked) x.set("ends-asked", 1);
  x.set(`len:${bucket(t.length, [0, 2, 5, 10, 20, 40])}`, 1);
  x.set(`sentences:${bucket(spoken.sentences.length, [0, 1, 2, 4])}`, 1);
  if (spoken.continues) x.set("continues", 1);
  if (spoken.breaksOff) x.set("breaks-off", 1);
  if (spoken.fillers > 0) x.set("fillers", 1);
}

// A small closed-class lexicon standing in for a part-of-speech tagger: the
// words that give a sentence its question form. compromise tags ~4 ms per KB,
// too slow for every turn of a 2-hour call; a lookup and a suffix are not.
const WORD_CLASS: Record<string, string> = {};
const CLASSES: Record<string, string> = {
  AUX: "do does did don't doesn't didn't is isn't are aren't was wasn't were weren't am have haven't has hasn't had hadn't",
  MOD: "can can't could couldn't would wouldn't will won't should shouldn't may might must shall",
  WH: "what what's whats which who who's whom whose how how's why when where where's",
  I: "i me my mine myself i'm i've i'd i'll",
  WE: "we us our we're we've we'd we'll let's",
  YOU: "you your yours yourself you're you've you'd you'll",
  HE: "he she him her his they them their it its it's they're he's she's that's there's this that these those",
  DET: "a an the some any every each no another other all",
  PREP: "to of in on at for with from by about into like than over after before through",
  CONJ: "and but so because if or then",
  NEG: "not never nothing",
  TELL: "tell describe explain walk share talk say",
  THINK: "think feel wonder wondering curious guess imagine mean know",
  YES: "yes yeah okay ok right sure mm-hmm uh-huh alright",
  ANY: "anything something else more",
};
for (const [c, ws] of Object.entries(CLASSES)) for (const w of ws.split(" ")) WORD_CLASS[w] ??= c;

export function wordClass(w: string): string {
  const c = WORD_CLASS[w];
  if (c) return c;
  if (w === "?" || w === ".") return w;
  const d = w.charCodeAt(0);
  if (d >= 48 && d <= 57 && /^\d+$/.test(w)) return "NUM";
  if (w.endsWith("ing")) return "ING";
  if (w.endsWith("ed")) return "ED";
  if (w.endsWith("ly")) return "LY";
  return "W";
}

const WH = new Set(["what", "what's", "which", "who", "how", "why", "when", "where", "how's", "where's", "who's"]);

/**
 * The shape of the turn in word classes (bigrams) and of its last
 * question sentence: its first words after fillers, a wh-word anywhere, where
 * in the sentence the question begins, and how it ends ("…, or?", "…, right?").
 */
function shapeFeatures(x: Features, spoken: SpokenText): void {
  // Bigrams only: trigrams scored no better in cross-validation and cost time.
  let prev = "";
  for (const w of spoken.tokens) {
    const c = wordClass(w);
    if (prev) x.set(`c:${prev} ${c}`, 1);
    prev = c;
  }
  const asked = spoken.sentences.filter((s) => s.asked);
  const q = asked[asked.length - 1];
  if (!q) return;
  let i = 0;
  while (i < q.tokens.length - 1 && (OPENERS.has(q.tokens[i]) || q.tokens[i] === "you" && q.tokens[i + 1] === "know")) i += q.tokens[i] === "you" ? 2 : 1;
  const t = q.tokens.slice(i);
  const c = t.map(wordClass);
  x.set(`lq-c:${c.slice(0, 2).join(" ")}`, 1);
  x.set(`lq-c1:${c[0]}`, 1);
  x.set(`lq-end:${t.slice(-1).join(" ")}`, 1);
  if (t.length > 1) x.set(`lq-end:${t.slice(-2).join(" ")}`, 1);
  const wh = t.findIndex((w) => WH.has(w));
  if (wh >= 0) {
    x.set(`lq-wh:${t[wh]}`, 1);
    x.set(`lq-wh-at:${bucket(wh, [0, 2, 5, 10])}`, 1);
    if (wh + 1 < t.length) x.set(`lq-wh:${t[wh]} ${wordClass(t[wh + 1])}`, 1);
  } else x.set("lq-no-wh", 1);
  const aux = c.findIndex((k) => k === "AUX" || k === "MOD");
  if (aux >= 0 && (wh < 0 || aux < wh)) x.set(`lq-aux-before-wh:${bucket(aux, [0, 2, 5])}`, 1);
  x.set(`lq-len:${bucket(t.length, [1, 3, 6, 12, 25])}`, 1);
  if (asked.length > 1) x.set(`asked-n:${bucket(asked.length, [1, 2, 3])}`, 1);
  const firstAsked = spoken.sentences.findIndex((s) => s.asked);
  x.set(`q-at:${bucket(spoken.sentences.length - 1 - firstAsked, [0, 1, 3])}`, 1);
}

/** What the hand-written rules (lib/analysis/questions) made of the utterance. */
function ruleFeatures(x: Features, rules: ClassifiedQuestion[]): void {
  if (rules.length === 0) x.set("rule:none", 1);
  for (const q of rules) {
    x.set(`rule:${q.kind}`, 1);
    x.set(`rule:${q.rule}`, 1);
  }
  const last = rules[rules.length - 1];
  if (last) x.set(`rule-last:${last.kind}`, 1);
  if (rules.length > 1) x.set("rule:several", 1);
}

/**
 * How the customer answered (customerReplyAfter): its length and first word,
 * first two words and the first word's class, or `reply:none` when the
 * interviewer spoke next. "Yes." after a turn says closed; a long answer, open.
 */
export function replyFeatures(x: Features, reply: SpokenText | null): void {
  if (reply === null) {
    x.set("reply:none", 1);
    return;
  }
  const t = reply.tokens.filter((w) => w !== "." && w !== "?");
  x.set(`reply-len:${bucket(t.length, [1, 3, 8, 20])}`, 1);
  if (t.length === 0) return;
  x.set(`reply1:${t[0]}`, 1);
  if (t.length > 1) x.set(`reply2:${t[0]} ${t[1]}`, 1);
  x.set(`reply-c:${wordClass(t[0])}`, 1);
}

/**
 * Features of one interviewer utterance for the question coder. `reply` is
 * the customer's answer (SpokenText), null when the interviewer spoke next,
 * or undefined when not known (a single line): then no reply features at
 * all, which the coder was trained on too.
 */
export function questionFeatures(text: string, rules: ClassifiedQuestion[], spoken = normaliseSpeech(text), reply?: SpokenText | null): Features {
  const x: Features = new Map();
  formFeatures(x, spoken);
  shapeFeatures(x, spoken);
  ruleFeatures(x, rules);
  if (reply !== undefined) replyFeatures(x, reply);
  return x;
}

/** A crude lemma: enough to match "worried"/"worry", "drinks"/"drinking". */
export function stem(w: string): string {
  let s = w.replace(/'(s|re|ve|d|ll|t)$/, "").replace(/n$/, "");
  if (s.length > 5) s = s.replace(/(ies|ied)$/, "y").replace(/(ing|ed|es|ly)$/, "").replace(/s$/, "");
  else if (s.length > 3) s = s.replace(/s$/, "");
  return s.slice(0, 6);
}

function contentStems(tokens: string[]): Set<string> {
  return new Set(tokens.filter((w) => w.length > 2 && !STOP.has(w) && !/^\d+$/.test(w)).map(stem));
}

/**
 * Features of one interviewer utterance read against what the customer just
 * said: shared content words, the customer's "I/my" answered with "you/your",
 * statement rather than question form, hedges and summary openers, length;
 * on top of the question features, with the customer's reply (`after`) as the question coder reads it.
 */
export function reflectionFeatures(text: string, before: string[], rules: ClassifiedQuestion[], after?: string | null): Features {
  const spoken = normaliseSpeech(text);
  const reply = after === undefined || after === null ? after : normaliseSpeech(after);
  return withReflectionFeatures(questionFeatures(text, rules, spoken, reply), text, spoken, before.map((b) => normaliseSpeech(b)));
}

/**
 * The question coder's features plus those that read the turn against the
 * customer's. Adds to `base` in place (no copy per utterance: the analysis of
 * a 2-hour call codes ~500 turns); pass a copy if the question coder still needs it.
 */
export function withReflectionFeatures(base: Features, text: string, spoken: SpokenText, before: SpokenText[]): Features {
  const x = base;
  const context = before.flatMap((b) => b.tokens);
  const own = contentStems(spoken.tokens);
  const theirs = contentStems(context);
  let shared = 0;
  for (const s of own) if (theirs.has(s)) shared++;
  x.set(`shared:${bucket(shared, [0, 1, 2, 4, 7])}`, 1);
  if (own.size > 0) x.set("shared-share", shared / own.size);
  x.set(`context:${bucket(context.length, [0, 5, 15, 40, 100])}`, 1);
  const theyI = context.filter((w) => FIRST_PERSON.has(w)).length;
  const weYou = spoken.tokens.filter((w) => SECOND_PERSON.has(w)).length;
  const weI = spoken.tokens.filter((w) => w === "i" || w === "i'm" || w === "me" || w === "my").length;
  if (theyI > 0 && weYou > 0) x.set("shift:i-to-you", 1);
  if (weYou > 0 && weI === 0) x.set("you-not-i", 1);
  if (weI > 0) x.set("speaks-of-self", 1);
  if (!spoken.tokens.includes("?")) x.set("statement", 1);
  if (PARAPHRASE_PHRASES.some((p) => p.test(text))) x.set("paraphrase-phrase", 1);
  // Crosses a linear model cannot form itself: a statement that repeats the
  // customer's words is a reflection far more often than a question that does.
  {
    const form = spoken.tokens.includes("?") ? "asks" : "states";
    const sb = bucket(shared, [0, 1, 3]);
    x.set(`x:${form} shared${sb}`, 1);
    x.set(`x:${form} ${weYou > 0 && weI === 0 ? "you" : weI > 0 ? "i" : "neither"}`, 1);
    const first = spoken.sentences[0]?.tokens ?? [];
    let i = 0;
    while (i < first.length - 1 && OPENERS.has(first[i])) i++;
    x.set(`x:${form} opens ${wordClass(first[i] ?? ".")}`, 1);
  }
  return x;
}
