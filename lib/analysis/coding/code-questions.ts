import questionCoder from "../models/question-coder.json";
import { findQuestions } from "../questions/find-questions";
import type { ClassifiedQuestion, QuestionKind } from "../types";
import { questionFeatures } from "./coding-features";
import type { CodingModelFile } from "./coding-model";
import { describeFeature } from "./describe-feature";
import { predict, type Features, type LinearModel, type Prediction } from "./logistic-model";
import { normaliseSpeech, type SpokenText } from "./normalise-speech";

export const QUESTION_CODER = questionCoder as CodingModelFile;
const model = QUESTION_CODER.model as LinearModel<"none" | "open" | "closed">;

/**
 * Code each utterance as the experts did (none / open / closed) with the
 * learned coder, given what the rules found in it and, where known, the
 * customer's reply (`replies[i]`: its text, null when the interviewer spoke
 * next, undefined when not known, as for lines coded alone). The rules still
 * say where each question sits and which closed ones are leading; the coder
 * decides whether the utterance asks at all, and open or closed.
 */
export function codeQuestions(texts: string[], rules: ClassifiedQuestion[][], replies?: Array<string | null | undefined>): ClassifiedQuestion[][] {
  return codeTurns(texts, rules, { replies: replies?.map((r) => (typeof r === "string" ? normaliseSpeech(r) : r)) }).questions;
}

/** What the question coder computed per turn, for the reflection coder to reuse. */
export interface CodedTurns {
  questions: ClassifiedQuestion[][];
  /** The question features, the reply's included: the reflection coder was trained on them too. */
  features: Features[];
  /** Normalised speech by utterance index (filled by the caller's indices). */
  spoken: Map<number, SpokenText>;
}

export interface TurnContext {
  /** Each text's utterance index in the transcript (keys of `spoken`). */
  indices?: number[];
  /** The customer's reply to each text (customerReplyAfter), null if the interviewer spoke next, undefined if not known. */
  replies?: Array<SpokenText | null | undefined>;
  /** Normalised speech already computed, by utterance index; the texts' are added. */
  spoken?: Map<number, SpokenText>;
}

export function codeTurns(texts: string[], rules: ClassifiedQuestion[][], context: TurnContext = {}): CodedTurns {
  const spoken = context.spoken ?? new Map<number, SpokenText>();
  const features = texts.map((text, i) => {
    const said = normaliseSpeech(text);
    spoken.set(context.indices?.[i] ?? i, said);
    return questionFeatures(text, rules[i], said, context.replies?.[i]);
  });
  return { questions: texts.map((text, i) => codeOne(model, text, rules[i], features[i])), features, spoken };
}

/** The same with another model (evaluation), rules computed here. */
export function codeQuestionsWith(other: LinearModel, texts: string[]): ClassifiedQuestion[][] {
  const rules = findQuestions(texts);
  return texts.map((text, i) => codeOne(other as LinearModel<"none" | "open" | "closed">, text, rules[i]));
}

function codeOne(model: LinearModel<"none" | "open" | "closed">, text: string, rules: ClassifiedQuestion[], x = questionFeatures(text, rules)): ClassifiedQuestion[] {
  if (predict(model, x, 0).label === "none") return [];
  const whole = predict(model, x, 10);
  const label = whole.label as "open" | "closed";
  if (rules.length === 0) return [{ ...lastSentence(text), ...decide(label, whole, null) }];
  if (rules.length === 1) return [{ ...rules[0], ...decide(label, whole, rules[0]) }];
  // Several questions in one turn: code each on its own (without the reply, which
  // may answer only the last), the turn's code where one alone asks nothing.
  return rules.map((q) => {
    const own = predict(model, questionFeatures(q.text, [q]), 10);
    return { ...q, ...(own.label === "none" ? decide(label, whole, q) : decide(own.label, own, q)) };
  });
}

function decide(label: "open" | "closed", p: Prediction, rule: ClassifiedQuestion | null): { kind: QuestionKind; rule: string; reason: string } {
  // Leading stays a refinement of closed: the rules name what suggests the answer.
  if (label === "closed" && rule?.kind === "leading") return { kind: "leading", rule: rule.rule, reason: rule.reason };
  const why = explain(p);
  return { kind: label, rule: `learned.${label}`, reason: `coded ${label} as the expert coders would (${Math.round(p.probabilities[label] * 100)}%): ${why}` };
}

/** The features that decided, in plain words, each said once. */
export function explain(p: Prediction): string {
  return [...new Set(p.because.map((c) => describeFeature(c.feature)).filter((d) => d !== ""))].slice(0, 3).join("; ");
}

/** The last sentence that ends in "?", else the last sentence: where an unmarked question usually sits. */
function lastSentence(text: string): { text: string; start: number; end: number } {
  const parts = [...text.matchAll(/[^.?!…]+[.?!…]*/g)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const chosen = [...parts].reverse().find((p) => text.slice(p.start, p.end).includes("?")) ?? parts[parts.length - 1] ?? { start: 0, end: text.length };
  let { start, end } = chosen;
  while (start < end && /[\s\-–—]/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { text: text.slice(start, end), start, end };
}
