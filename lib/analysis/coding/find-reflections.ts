import { locate } from "../locate";
import reflectionCoder from "../models/reflection-coder.json";
import type { CueFinding, Utterance } from "../types";
import { withReflectionFeatures } from "./coding-features";
import { normaliseSpeech, type SpokenText } from "./normalise-speech";
import type { CodingModelFile } from "./coding-model";
import { explain, type CodedTurns } from "./code-questions";
import { predict, type LinearModel } from "./logistic-model";

export const REFLECTION_CODER = reflectionCoder as CodingModelFile;
const model = REFLECTION_CODER.model as LinearModel<"none" | "simple" | "complex">;

/**
 * Interviewer utterances that reflect what the customer just said, by the
 * learned coder: one cue per utterance, simple (repeats, rephrases) or
 * complex (adds meaning or feeling). It builds on the question coder's work
 * on the same turns (`coded`, from codeTurns over `interviewer`): its
 * features, the rules' findings and the customer's reply included, are what
 * the reflection coder was trained on as well.
 */
export function findReflections(utterances: Utterance[], interviewer: number[], coded: CodedTurns): CueFinding[] {
  const spoken = coded.spoken;
  const said = (i: number) => spoken.get(i) ?? spoken.set(i, normaliseSpeech(utterances[i].text)).get(i)!;
  const found: CueFinding[] = [];
  interviewer.forEach((i, k) => {
    const text = utterances[i].text;
    const before: SpokenText[] = [];
    // The same turns customerTurnsBefore picks in training: up to two customer utterances among the four before.
    for (let j = i - 1; j >= Math.max(0, i - 4) && before.length < 2; j--) if (utterances[j].role === "customer") before.unshift(said(j));
    const x = withReflectionFeatures(coded.features[k], text, said(i), before);
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
