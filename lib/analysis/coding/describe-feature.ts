// Feature names in plain words, so the room can say why the machine coded
// an utterance the way it did ("starts a question with “tell me…”").

const SHARED: Record<string, string> = {
  "<=0": "shares no content word with what the customer said",
  "<=1": "shares a content word with what the customer said",
};

// Features that carry weight but tell a person nothing ("a full stop", "length").
const SILENT = /^((w|q|tail):[.?]$|len:|sentences:|fillers$|context:|c:|lq-c:|lq-len:|asked-n:|q-at:|lq-wh:\S+ |x:\S+ opens )/;

// Word classes (coding-features.ts wordClass) as a person would say them.
const OPENS: Record<string, string> = {
  AUX: "the last question starts with “do/is/have…”",
  MOD: "the last question starts with “can/could/would…”",
  WH: "the last question starts with a wh-word",
  TELL: "the last question asks to “tell/describe/explain…”",
  THINK: "the last question starts with “think/feel/wonder…”",
  ANY: "the last question asks for “anything/something else”",
};

// How long the customer's reply was (coding-features.ts replyFeatures), in words.
const REPLY_LENGTH: Record<string, string> = {
  "<=1": "the customer answered in a word",
  "<=3": "the customer answered in a few words",
  "<=8": "the customer answered briefly",
  "<=20": "the customer answered in a sentence or two",
  ">20": "the customer answered at length",
};

// The class of the reply's first word; the rest say nothing a person would use.
const REPLY_OPENS: Record<string, string> = {
  YES: "the customer answered “yes/okay/right…”",
  NEG: "the customer answered “not/never/nothing…”",
  I: "the customer answered about themself (“I…”)",
  WE: "the customer answered “we…”",
  CONJ: "the customer's answer went on “and/but/because…”",
  THINK: "the customer answered “think/feel/know…”",
};

/** The feature in plain words; "" for one not worth saying. */
export function describeFeature(f: string): string {
  if (SILENT.test(f)) return "";
  const [name, value = ""] = splitOnce(f);
  switch (name) {
    case "w": return /^[?.] |^[?.]$/.test(value) ? "" : value.endsWith(" ?") ? `ends “…${value.slice(0, -2)}?”` : `“${value.replace(/ \.$/, "")}”`;
    case "q": return `“${value}” in a question`;
    case "tail": return `“${value}” in the last sentence`;
    case "start": return `a sentence opening “${value}…”`;
    case "start?": return `a question opening “${value}…”`;
    case "last": return `ends with a sentence opening “${value}…”`;
    case "last?": return `ends with a question opening “${value}…”`;
    case "rule": return value === "none" ? "no question form the rules know" : /\./.test(value) ? `the rule ${value}` : `the rules read it as ${value}`;
    case "lq-c1": return OPENS[value] ?? "";
    case "lq-end": return `the last question ends “…${value}?”`;
    case "lq-wh": return `“${value}” in the last question`;
    case "lq-wh-at": return value === "<=0" ? "the question opens with its wh-word" : "a wh-word after a preamble";
    case "lq-no-wh": return "no wh-word in the last question";
    case "lq-aux-before-wh": return "“do/is/can…” before any wh-word";
    case "x": return crossed(value);
    case "rule-last": return `the rules read it as ${value}`;
    case "shared": return SHARED[value] ?? "shares several content words with what the customer said";
    case "shared-share": return "much of it repeats the customer's words";
    case "shift": return "answers the customer's “I/my” with “you/your”";
    case "you-not-i": return "about “you”, not “I”";
    case "speaks-of-self": return "the interviewer speaks of themself";
    case "paraphrase-phrase": return "a paraphrase phrase (“sounds like”, “so you're saying”)";
    case "statement": return "a statement, not a question";
    case "asked": case "ends-asked": return "ends with a question mark";
    case "len": return `length ${value} words`;
    case "context": return `after ${value} words from the customer`;
    case "continues": return "continues an earlier turn";
    case "breaks-off": return "breaks off mid-sentence";
    case "reply": return "the customer did not answer next";
    case "reply-len": return REPLY_LENGTH[value] ?? "";
    case "reply1": case "reply2": return `the customer answered “${value.replace(/\bi\b/g, "I")}…”`;
    case "reply-c": return REPLY_OPENS[value] ?? "";
    default: return f;
  }
}

function crossed(v: string): string {
  const [form, what] = v.split(" ");
  const kind = form === "states" ? "a statement" : "a question";
  if (what === "you") return `${kind} about “you”`;
  if (what === "i") return `${kind} about the interviewer`;
  if (what === "shared<=0") return `${kind} that shares no content word with the customer`;
  if (what?.startsWith("shared")) return `${kind} that repeats the customer's words`;
  return "";
}

function splitOnce(f: string): [string, string?] {
  const i = f.indexOf(":");
  return i < 0 ? [f] : [f.slice(0, i), f.slice(i + 1)];
}
