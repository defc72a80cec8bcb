import { PARAPHRASE_PHRASES } from "../../find-phrasing-cues";
import type { ClassifiedQuestion } from "../../types";
import { questionFeatures, reflectionFeatures } from "../coding-features";
import { predict, type Features, type LinearModel } from "../logistic-model";
import { scoreTask, type TaskScore } from "./coding-metrics";
import type { EvalItem } from "../../eval/score-questions";
import type { CodedUtterance } from "./load-annomi";
import { seededRandom, trainLogistic, type TrainOptions } from "./train-logistic";

export const FOLDS = 5;
export const FOLD_SEED = 2022;
export const QUESTION_TRAINING: TrainOptions = { epochs: 150, l2: 1e-2, learningRate: 0.1, minCount: 2 };
// Reflections are a third of the turns; weighting classes towards balance (0.5) raised the CV kappa 0.508 -> 0.533.
export const REFLECTION_TRAINING: TrainOptions = { epochs: 150, l2: 1e-2, learningRate: 0.1, minCount: 2, balance: 0.5 };

/** Whole conversations to folds: a seeded shuffle of the ids, cut into equal parts. */
export function assignFolds(conversations: number[], folds = FOLDS, seed = FOLD_SEED): Map<number, number> {
  const ids = [...new Set(conversations)].sort((a, b) => a - b);
  const rand = seededRandom(seed);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  const size = Math.ceil(ids.length / folds);
  return new Map(ids.map((id, i) => [id, Math.floor(i / size)]));
}

export interface CodingExamples {
  /** AnnoMI utterances, then the composed customer-interview utterances (conversation -1, question coder only). */
  items: CodedUtterance[];
  question: Features[];
  reflection: Features[];
  rules: ClassifiedQuestion[][];
}

export function buildExamples(items: CodedUtterance[], rules: ClassifiedQuestion[][]): CodingExamples {
  return {
    items,
    rules,
    question: items.map((it, i) => questionFeatures(it.text, rules[i])),
    reflection: items.map((it, i) => reflectionFeatures(it.text, it.before, rules[i])),
  };
}

const COMPOSED = -1;

/**
 * The composed customer-interview set (lib/analysis/eval/questions.jsonl) as
 * extra training for the question coder: AnnoMI is counselling, and phrasing
 * such as "walk me through…" is rare there. Always trained on, never scored in
 * the cross-validation; a leading question counts as closed.
 */
export function composedQuestionItems(items: EvalItem[]): CodedUtterance[] {
  return items.map((it) => ({
    conversation: COMPOSED,
    text: it.text,
    before: [],
    question: it.questions.length === 0 ? "none" : it.questions.some((q) => q.kind === "open") ? "open" : "closed",
    reflection: "none",
  }));
}

export function trainQuestionModel(ex: CodingExamples, keep: (i: number) => boolean): LinearModel {
  const idx = ex.items.map((_, i) => i).filter((i) => ex.items[i].conversation === COMPOSED || keep(i));
  return trainLogistic(idx.map((i) => ex.question[i]), idx.map((i) => ex.items[i].question), ["none", "open", "closed"], QUESTION_TRAINING);
}

export function trainReflectionModel(ex: CodingExamples, keep: (i: number) => boolean): LinearModel {
  const idx = ex.items.map((_, i) => i).filter((i) => ex.items[i].conversation !== COMPOSED && keep(i));
  return trainLogistic(idx.map((i) => ex.reflection[i]), idx.map((i) => ex.items[i].reflection), ["none", "simple", "complex"], REFLECTION_TRAINING);
}

/** The rules as they were before learning: the baseline every figure is compared with. */
export function ruleQuestionKind(rules: ClassifiedQuestion[]): "none" | "open" | "closed" {
  if (rules.length === 0) return "none";
  return rules.some((q) => q.kind === "open") ? "open" : "closed";
}

export function phraseListReflects(text: string): boolean {
  return PARAPHRASE_PHRASES.some((p) => p.test(text));
}

/** A reflection is "yes" when simple and complex together outweigh none. */
export function reflectionYesNo(p: Record<string, number>): "yes" | "no" {
  return p.simple + p.complex > p.none ? "yes" : "no";
}

export interface CrossValidation {
  folds: number;
  conversations: number;
  utterances: number;
  question: { rules: TaskScore; model: TaskScore; openClosed: { rules: TaskScore; model: TaskScore } };
  reflection: { rules: TaskScore; model: TaskScore; subtype: TaskScore };
}

/**
 * Train on four folds, code the fifth, five times; score the pooled held-out
 * codes. `onlyFolds` holds out (and scores) just those folds: a quicker check.
 */
export function crossValidate(ex: CodingExamples, onlyFolds?: number[]): CrossValidation {
  const fold = assignFolds(ex.items.filter((i) => i.conversation !== COMPOSED).map((i) => i.conversation));
  const heldOut = new Set(onlyFolds ?? Array.from({ length: FOLDS }, (_, f) => f));
  const scored = (i: number) => ex.items[i].conversation !== COMPOSED && heldOut.has(fold.get(ex.items[i].conversation)!);
  const qPred: string[] = [];
  const rYes: string[] = [];
  const rSub: string[] = [];
  for (const f of heldOut) {
    const train = (i: number) => ex.items[i].conversation !== COMPOSED && fold.get(ex.items[i].conversation) !== f;
    const qm = trainQuestionModel(ex, train);
    const rm = trainReflectionModel(ex, train);
    ex.items.forEach((_, i) => {
      if (train(i) || fold.get(ex.items[i].conversation) !== f) return;
      qPred[i] = predict(qm, ex.question[i], 0).label;
      const r = predict(rm, ex.reflection[i], 0);
      rYes[i] = reflectionYesNo(r.probabilities);
      rSub[i] = r.probabilities.simple >= r.probabilities.complex ? "simple" : "complex";
    });
  }
  const keep = ex.items.map((_, i) => i).filter(scored);
  const items = keep.map((i) => ex.items[i]);
  const qGold = items.map((i) => i.question);
  const qRules = keep.map((i) => ruleQuestionKind(ex.rules[i]));
  const pick = (xs: string[]) => keep.map((i) => xs[i]);
  const oc = (pred: string[]) => {
    const idx = qGold.flatMap((g, i) => (g !== "none" && pred[i] !== "none" ? [i] : []));
    return scoreTask(idx.map((i) => qGold[i]), idx.map((i) => pred[i]), ["open", "closed"]);
  };
  const rGold = items.map((i) => (i.reflection === "none" ? "no" : "yes"));
  const reflected = items.flatMap((it, i) => (it.reflection !== "none" ? [i] : []));
  const q = pick(qPred);
  const sub = pick(rSub);
  return {
    folds: heldOut.size,
    conversations: new Set(items.map((i) => i.conversation)).size,
    utterances: items.length,
    question: {
      rules: scoreTask(qGold, qRules, ["none", "open", "closed"]),
      model: scoreTask(qGold, q, ["none", "open", "closed"]),
      openClosed: { rules: oc(qRules), model: oc(q) },
    },
    reflection: {
      rules: scoreTask(rGold, items.map((i) => (phraseListReflects(i.text) ? "yes" : "no")), ["no", "yes"]),
      model: scoreTask(rGold, pick(rYes), ["no", "yes"]),
      subtype: scoreTask(reflected.map((i) => items[i].reflection), reflected.map((i) => sub[i]), ["simple", "complex"]),
    },
  };
}
