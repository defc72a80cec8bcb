import { locate } from "../locate";
import reflectionCoder from "../models/reflection-coder.json";
import type { ClassifiedQuestion, CueFinding, Utterance } from "../types";
import { questionFeatures, withReflectionFeatures } from "./coding-features";
import { customerReplyAfter } from "./customer-reply-after";
import { normaliseSpeech, type SpokenText } from "./normalise-speech";
import type { CodingModelFile } from "./coding-model";
import { explain, type CodedTurns } from "./code-questions";
import { predict, type LinearModel } from "./logistic-model";

export const REFLECTION_CODER = reflectionCoder as CodingModelFile;
const model = REFLECTION_CODER.model as LinearModel<"none" | "simple" | "complex">;

/**
 * Interviewer utterances that reflect what the customer just said, by the
 * learned coder: one cue per utterance, simple (repeats, rephrases) or
 * complex (adds meaning or feeling). `rules[k]` are the rule questions of
 * the k-th interviewer utterance (a feature of the coder); `coded` reuses
 * the question coder's work on the same turns (its features carry the
 * customer's reply, which the reflection coder was trained on as well).
 */
export function findReflections(utterances: Utterance[], interviewer: number[], rules: ClassifiedQuestion[][], coded?: CodedTurns): CueFinding[] {
  const spoken = coded?.spoken ?? new Map<number, SpokenText>();
  const said = (i: number) => spoken.get(i) ?? spoken.set(i, normaliseSpeech(utterances[i].text)).get(i)!;
  const found: CueFinding[] = [];
  const turns = coded ? [] : utterances.map((u) => ({ isCustomer: u.role === "customer" }));
  interviewer.forEach((i, k) => {
    const text = utterances[i].text;
    const before: SpokenText[] = [];
    // The same turns customerTurnsBefore picks in training: up to two customer utterances among the four before.
    for (let j = i - 1; j >= Math.max(0, i - 4) && before.length < 2; j--) if (utterances[j].role === "customer") before.unshift(said(j));
    const reply = coded ? null : customerReplyAfter(turns, i);
    const base = coded?.features[k] ?? questionFeatures(text, rules[k], said(i), reply === null ? null : said(reply));
    const x = withReflectionFeatures(base, text, said(i), before);
    // Explanations cost a sort per utterance; only reflections need one.
    const quick = predict(model, x, 0);
    const yes = quick.probabilities.simple + quick.probabilities.complex;
    if (yes <= quick.probabilities.none) return;
    const p = predict(model, x, 10);
    const subtype = p.probabilities.simple >= p.probabilities.complex ? "simple" : "complex";
    const why = explain(p);
    const start = text.length - text.trimStart().length;
    found.push({
      kind: "reflection",
      subtype,
      match: text.trim(),
      rule: `learned.reflection.${subtype}`,
      reason: `reflects the customer back (${Math.round(yes * 100)}%), ${subtype}: ${why}`,
      location: locate(utterances, i, start, text.trimEnd().length),
    });
  });
  return found;
}
