import type { QuestionKind } from "../types";
import type { QuestionForm, QuestionReading } from "./read-question";

export interface QuestionRule {
  id: string;
  kind: QuestionKind;
  /** Forms the rule applies to; undefined = all. */
  forms?: QuestionForm[];
  test: (r: QuestionReading) => boolean;
  reason: string;
}

const IMPROVEMENT = "benefit|better|easier|simpler|faster|quicker|nicer|clearer|smoother|cleaner|happier|more (?:useful|helpful|efficient|intuitive|convenient|sense)|less (?:work|hassle|painful|time)|helpful|useful|valuable|great|ideal|perfect|worth|make sense|save|help|solve|fix|improve";
// Words that put a feeling or judgement into the customer's mouth.
const LOADED = "frustrat\\w*|annoy\\w*|irritat\\w*|stressful|stressed|painful|nightmare|headache|hate|love|loved|terrible|awful|horrible|amazing|awesome|fantastic|confusing|tricky|tedious|waste|wasted|terrifying|terrified|betrayed|abandoned|overwhelm\\w*|exhaust\\w*|clunky|intuitive|straightforward|cleaner|painless|(?:easy|easier|hard|difficult)(?= to\\b| for\\b| enough\\b|$)";
// Extra cues that turn a declarative question into a suggestion.
const ASSERTIVE = "not|never|n't|must|really|basically|obviously|clearly|just want|rather|prefer|happy|unhappy|proud|angry|upset|guilty|ashamed|scared|afraid|worried|liked|love|open to|the (?:real|main|actual|underlying|whole) (?:issue|problem|reason)|the (?:issue|problem) is";

const re = (s: string) => new RegExp(s);
const loaded = re(`\\b(?:${LOADED})\\b`);
const improvement = re(`\\b(?:${IMPROVEMENT})\\b`);
const hypothetical = /\b(would|could|might|wouldn't|couldn't|'d|it'd|that'd|you'd)\b|\w'd\b/;
const balanced = /\bor\b/;

/** Ordered: the first rule that matches decides. Leading rules come first because a leading question is usually also closed. */
export const QUESTION_RULES: QuestionRule[] = [
  { id: "open.continuation", kind: "open", forms: ["continuation"], test: () => true,
    reason: "a short nudge to go on (\"and then?\", \"such as?\")" },
  { id: "leading.steering-opener", kind: "leading",
    test: (r) => /^(don't you|do you not|do you agree|would you agree|wouldn't you (say|agree)|you'd agree|is it fair to say|would you say (that )?(it's|that's|this|the|it|your|you|they|he|she))\b/.test(r.phrase),
    reason: "asks the customer to agree with the interviewer's view" },
  { id: "leading.presumption", kind: "leading",
    test: (r) => /^(surely|obviously|of course|presumably|i bet|i assume|i guess|i imagine|i take it|i'm sure|you must|that must|it must|can you imagine|imagine if)\b/.test(r.phrase),
    reason: "states what the interviewer presumes and asks for confirmation" },
  { id: "leading.negative-question", kind: "leading", forms: ["yes-no"],
    test: (r) => /^(\w+n't|ain't)\b/.test(r.phrase) || /^\w+ (you|it|that|this|they|he|she) not\b/.test(r.phrase),
    reason: "a negative question (\"isn't it…\", \"don't you…\") presumes the answer yes" },
  { id: "leading.tag-question", kind: "leading", forms: ["tag"], test: () => true,
    reason: "a statement followed by an agreement tag (\"…, right?\") asks the customer to confirm the interviewer's view" },
  { id: "leading.proposed-solution", kind: "leading",
    test: (r) => /^(what if (we|there (was|were|is)|you (could|had)|it (could|would|did|had|was)|the \w+ (could|would|did|had))|how about (if )?(we|a|an|using|having))\b/.test(r.phrase)
      || (/^(yes-no)$/.test(r.form) && (/\bif (we|i) \w+|\bif there (was|were)\b/.test(r.full)
        || /^(would|will|could) you (have )?(liked?|loved?|wanted|want|prefer(red)?|be (interested|open)( in| to)?|consider|use|pay for|buy|try|switch to)( it| this| that)? (a|an|it if|if|something|some|us to|our|the (ability|option)|to be able|more)\b/.test(r.phrase)
        || /^would you have (liked|wanted|preferred|loved)\b/.test(r.phrase)
        || /^have you (tried|considered|thought about) (using|our|the \w+ (feature|option|tool|button|setting))\b/.test(r.phrase)
        || /^is (that|this|it) something (you'd|you would|you'll)\b/.test(r.phrase))),
    reason: "proposes a solution or feature and asks the customer to endorse it" },
  { id: "leading.hypothetical-improvement", kind: "leading", forms: ["yes-no", "wh"],
    test: (r) => (r.form === "yes-no" || /^how much\b/.test(r.phrase)) && hypothetical.test(r.phrase) && improvement.test(r.phrase)
      || /^how much (better|easier|faster|simpler|quicker|nicer|more)\b/.test(r.phrase),
    reason: "a hypothetical that names the improvement (\"would it be easier if…\") suggests the answer" },
  { id: "leading.loaded-word", kind: "leading", forms: ["yes-no", "wh"],
    test: (r) => (r.form === "yes-no" || (/^how \w+/.test(r.phrase) && (r.headTags[1] ?? []).some((t) => t === "Adjective" || t === "Adverb"))) && !balanced.test(r.phrase) && (loaded.test(r.phrase) || /^how (easy|hard|difficult)\b/.test(r.phrase)),
    reason: "supplies the feeling or judgement (\"was that frustrating?\", \"how easy was…\") instead of letting the customer name it" },
  { id: "leading.assertive-declarative", kind: "leading", forms: ["declarative", "fragment"],
    test: (r) => !balanced.test(r.phrase) && (loaded.test(r.full) || re(`\\b(?:${ASSERTIVE})\\b`).test(r.full) || /n't\b/.test(r.full)),
    reason: "a statement said as a question that carries the interviewer's judgement or a negation (\"so you're not proud of that?\")" },
  { id: "open.prompt", kind: "open", forms: ["prompt"],
    test: (r) => !embeddedFact(r.head.slice(2).join(" ")),
    reason: "asks for a description or a story (\"tell me about…\", \"walk me through…\")" },
  { id: "closed.prompt-fact", kind: "closed", forms: ["prompt"], test: () => true,
    reason: "a request for one fact (\"tell me how many…\")" },
  { id: "closed.indirect-if", kind: "closed", forms: ["indirect"],
    test: (r) => /\b(if|whether)\b/.test(r.phrase) || embeddedFact(r.phrase.replace(/^.*?\b(curious|wondering|wonder|hear|know|understand|learn)( about)? /, "")),
    reason: "an indirect yes/no or one-fact question (\"I wonder if…\")" },
  { id: "open.indirect", kind: "open", forms: ["indirect"], test: () => true,
    reason: "an indirect open question (\"I'm curious how…\")" },
  { id: "open.polite-request", kind: "open", forms: ["yes-no"],
    test: (r) => /^(can|could|would|will) you (please )?(tell|walk|talk|describe|explain|share|say|elaborate|expand|give (me|us)|show (me|us)|think (aloud|out loud)|take (me|us)|help me understand|go (through|over|into)|paint|unpack|(think of|recall|remember) (a|an|the|one|some) (time|example|situation|moment|case|instance))\b|^(would you mind|do you mind) (telling|walking|describing|explaining|sharing|talking)|^do you want to (tell|talk|share|walk|say)/.test(r.phrase)
      && !embeddedFact(r.phrase.replace(/^\w+ you (please )?\w+ (me |us )?(about )?/, "")),
    reason: "a polite request for a description (\"could you walk me through…\") invites a story, not a yes/no" },
  { id: "closed.yes-no", kind: "closed", forms: ["yes-no"], test: () => true,
    reason: "a yes/no question: starts with an auxiliary verb and its subject (\"do you…\", \"is it…\")" },
  { id: "open.why-how", kind: "open", forms: ["wh"],
    test: (r) => /^(why|why's|how come|how's|how'd)\b/.test(r.phrase) || (/^how\b/.test(r.phrase) && !isHowDegree(r)),
    reason: "asks why or how something happens, which needs an explanation" },
  { id: "closed.how-degree", kind: "closed", forms: ["wh"], test: (r) => /^how\b/.test(r.phrase),
    reason: "\"how many/much/long/often…\" or \"how + adjective\" asks for one number or degree" },
  { id: "closed.one-fact-wh", kind: "closed", forms: ["wh"],
    test: (r) => /^(who|whom|whose|who's|which|when|when's)\b/.test(r.phrase) || embeddedFact(r.phrase) || (/^(where|where's)\b/.test(r.phrase) && !/\b(stuck|struggle|wrong|break|breaks|fall|falls|fail|fails|trip|lose|come from|comes from|start|begin|hurt)\b/.test(r.phrase)),
    reason: "asks for one fact: a person, a choice, a time, a place or a named thing (\"which tool…\", \"when did…\")" },
  { id: "open.what", kind: "open", forms: ["wh"], test: () => true,
    reason: "a what-question about actions, experience or meaning invites description" },
  { id: "closed.declarative", kind: "closed", forms: ["declarative", "fragment"], test: () => true,
    reason: "a neutral statement or echo said as a question asks only to confirm it" },
];

// Nouns that make "what X…" a request for one fact ("what browser…", "what year…").
const FACT_NOUNS = "time|day|date|year|month|version|system|operating system|percentage|percent|number|size|price|browser|software|app|tool|crm|erp|platform|device|phone|os|language|brand|model|plan|tier|provider|vendor|bank|city|country|currency|format|channel|age|team size|budget";
const OWN_FACTS = "name|role|title|job title|budget|account( number)?|email|number|age|address|team size|position|department|company|deadline|timeline|plan";

/** "how many…", "what browser…", "what's your role": answered by one fact. */
export function embeddedFact(phrase: string): boolean {
  return re(`^(how (many|much|often|long|old|far|big|large|soon|frequently)|what (${FACT_NOUNS})s?|(what's|what is|what was|what are) your (${OWN_FACTS})s?|who|whom|whose|which|when)\\b`).test(phrase);
}

function isHowDegree(r: QuestionReading): boolean {
  if (/^how (many|much|often|long|old|far|big|large|soon|frequently)\b/.test(r.phrase)) return true;
  const second = r.headTags[1] ?? [];
  const word = r.head[1] ?? "";
  return !/^(do|does|did|is|are|was|were|have|has|had|can|could|would|will|should|so|come|else)$/.test(word)
    && second.some((t) => t === "Adjective" || t === "Adverb" || t === "Comparative");
}
