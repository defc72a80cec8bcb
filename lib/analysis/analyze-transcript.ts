import { computeTalkShare } from "./compute-talk-share";
import { countSpeakerSwitches } from "./count-speaker-switches";
import { countWords } from "./count-words";
import { findCustomerStories } from "./find-customer-stories";
import { findInterruptions } from "./find-interruptions";
import { codeTurns } from "./coding/code-questions";
import { customerReplyAfter } from "./coding/customer-reply-after";
import { normaliseSpeech, type SpokenText } from "./coding/normalise-speech";
import { findReflections } from "./coding/find-reflections";
import { findPhrasingCues } from "./find-phrasing-cues";
import { locate } from "./locate";
import { measurePatience } from "./measure-patience";
import { findQuestions } from "./questions/find-questions";
import type { AnalysisResult, AnalyzeOptions, ClassifiedQuestion, CueFinding, QuestionFinding, SpeakerSummary, Utterance } from "./types";

/**
 * Deterministic machine evidence for one interview: talk share, stories,
 * questions, interactivity, interruptions, patience and phrasing cues.
 * Every finding carries its utterance index, character span and time.
 */
export function analyzeTranscript(options: AnalyzeOptions): AnalysisResult {
  const warnings: string[] = [];
  let utterances = options.utterances;
  if (utterances.some((u, i) => i > 0 && u.startMs < utterances[i - 1].startMs)) {
    // Metrics reason about "what came next", which needs time order.
    utterances = [...utterances].sort((a, b) => a.startMs - b.startMs);
    warnings.push("utterances were not in time order; they were sorted and utterance indices refer to time order");
  }
  const roles = new Set(utterances.map((u) => u.role));
  if (!roles.has("interviewer")) warnings.push("no utterance has the interviewer role; question metrics are empty");
  if (!roles.has("customer")) warnings.push("no utterance has the customer role; talk share and stories are empty");

  const words = utterances.map((u) => countWords(u.text));
  const first = utterances.length ? Math.min(...utterances.map((u) => u.startMs)) : 0;
  const last = utterances.length ? Math.max(...utterances.map((u) => u.endMs)) : 0;
  const durationMs = Math.max(0, last - first);
  const backchannelMaxWords = options.backchannelMaxWords ?? 3;

  const { items, reflections } = codeInterviewerTurns(utterances);
  const counts = { open: 0, closed: 0, leading: 0 };
  for (const q of items) counts[q.kind]++;
  const stories = findCustomerStories(utterances, backchannelMaxWords, words);

  return {
    version: 1,
    durationMs,
    speakers: summariseSpeakers(utterances, words),
    talkShare: computeTalkShare(utterances, options.windowMs ?? 5 * 60_000, words),
    stories: { longest: stories[0] ?? null, top: stories.slice(0, 5) },
    questions: { items, counts, perTenMinutes: durationMs > 0 ? (items.length * 600_000) / durationMs : 0 },
    interactivity: countSpeakerSwitches(utterances, durationMs),
    interruptions: findInterruptions(utterances, options.cutOffGapMs ?? 500, backchannelMaxWords),
    patience: measurePatience(utterances, options.heldSilenceMs ?? 2000),
    cues: [...reflections, ...findPhrasingCues(utterances)].sort((a, b) => a.location.utteranceIndex - b.location.utteranceIndex || a.location.charStart - b.location.charStart),
    warnings,
  };
}

/**
 * Questions and reflections by the learned coders, which read the rules'
 * findings and the customer's reply to each turn (the next utterance, if theirs) as features.
 */
function codeInterviewerTurns(utterances: Utterance[]): { items: QuestionFinding[]; reflections: CueFinding[] } {
  const idx = utterances.flatMap((u, i) => (u.role === "interviewer" ? [i] : []));
  const texts = idx.map((i) => utterances[i].text);
  const rules: ClassifiedQuestion[][] = findQuestions(texts);
  // Replies normalised once: the reflection coder reads them again as the turns before the next question.
  const spoken = new Map<number, SpokenText>();
  const turns = utterances.map((u) => ({ isCustomer: u.role === "customer" }));
  const replies = idx.map((i) => {
    const r = customerReplyAfter(turns, i);
    if (r === null) return null;
    const said = spoken.get(r) ?? normaliseSpeech(utterances[r].text);
    spoken.set(r, said);
    return said;
  });
  const coded = codeTurns(texts, rules, { indices: idx, replies, spoken });
  return {
    items: coded.questions.flatMap((qs, k) => qs.map((q) => ({ ...q, location: locate(utterances, idx[k], q.start, q.end) }))),
    reflections: findReflections(utterances, idx, coded),
  };
}

function summariseSpeakers(utterances: Utterance[], words: number[]): SpeakerSummary[] {
  const by = new Map<string, SpeakerSummary>();
  utterances.forEach((u, i) => {
    const s = by.get(u.speaker) ?? { speaker: u.speaker, role: u.role, utterances: 0, words: 0, speakingMs: 0 };
    s.utterances++;
    s.words += words[i];
    s.speakingMs += Math.max(0, u.endMs - u.startMs);
    by.set(u.speaker, s);
  });
  return [...by.values()];
}
