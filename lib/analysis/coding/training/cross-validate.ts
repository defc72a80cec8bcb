import { CUE_RULES } from "../../find-phrasing-cues";
import type { ClassifiedQuestion } from "../../types";
import { questionFeatures, reflectionFeatures } from "../coding-features";
import { predict, type Features, type LinearModel } from "../logistic-model";
import { scoreTask, type TaskScore } from "./coding-metrics";
import type { CodedUtterance } from "./load-annomi";
import { seededRandom, trainLogistic, type TrainOptions } from "./train-logistic";

export const FOLDS = 5;
export const FOLD_SEED = 2022;
export const QUESTION_TRAINING: TrainOptions = { epochs: 300, l2: 1e-3, learningRate: 0.05, minCount: 2 };
export const REFLECTION_TRAINING: TrainOptions = { epochs: 300, l2: 1e-3, learningRate: 0.05, minCount: 2 };

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

export function trainQuestionModel(ex: CodingExamples, keep: (i: number) => boolean): LinearModel {
  const idx = ex.items.map((_, i) => i).filter(keep);
  return trainLogistic(idx.map((i) => ex.question[i]), idx.map((i) => ex.items[i].question), ["none", "open", "closed"], QUESTION_TRAINING);
}

export function trainReflectionModel(ex: CodingExamples, keep: (i: number) => boolean): LinearModel {
  const idx = ex.items.map((_, i) => i).filter(keep);
  return trainLogistic(idx.map((i) => ex.reflection[i]), idx.map((i) => ex.items[i].reflection), ["none", "simple", "complex"], REFLECTION_TRAINING);
}

/** The rules as they were before learning: the baseline every figure is compared with. */
export function ruleQuestionKind(rules: ClassifiedQuestion[]): "none" | "open" | "closed" {
  if (rules.length === 0) return "none";
  return rules.some((q) => q.kind === "open") ? "open" : "closed";
}

export function phraseListReflects(text: string): boolean {
  return CUE_RULES.some((r) => r.kind === "paraphrase" && r.pattern.test(text));
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

/** Train on four folds, code the fifth, five times; score the pooled held-out codes. */
export function crossValidate(ex: CodingExamples): CrossValidation {
  const fold = assignFolds(ex.items.map((i) => i.conversation));
  const qPred: string[] = [];
  const rYes: string[] = [];
  const rSub: string[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const train = (i: number) => fold.get(ex.items[i].conversation) !== f;
    const qm = trainQuestionModel(ex, train);
    const rm = trainReflectionModel(ex, train);
    ex.items.forEach((_, i) => {
      if (train(i)) return;
      qPred[i] = predict(qm, ex.question[i], 0).label;
      const r = predict(rm, ex.reflection[i], 0);
      rYes[i] = reflectionYesNo(r.probabilities);
      rSub[i] = r.probabilities.simple >= r.probabilities.complex ? "simple" : "complex";
    });
  }
  const qGold = ex.items.map((i) => i.question);
  const qRules = ex.rules.map(ruleQuestionKind);
  const oc = (pred: string[]) => {
    const idx = qGold.flatMap((g, i) => (g !== "none" && pred[i] !== "none" ? [i] : []));
    return scoreTask(idx.map((i) => qGold[i]), idx.map((i) => pred[i]), ["open", "closed"]);
  };
  const rGold = ex.items.map((i) => (i.reflection === "none" ? "no" : "yes"));
  const reflected = ex.items.flatMap((it, i) => (it.reflection !== "none" ? [i] : []));
  return {
    folds: FOLDS,
    conversations: new Set(ex.items.map((i) => i.conversation)).size,
    utterances: ex.items.length,
    question: {
      rules: scoreTask(qGold, qRules, ["none", "open", "closed"]),
      model: scoreTask(qGold, qPred, ["none", "open", "closed"]),
      openClosed: { rules: oc(qRules), model: oc(qPred) },
    },
    reflection: {
      rules: scoreTask(rGold, ex.items.map((i) => (phraseListReflects(i.text) ? "yes" : "no")), ["no", "yes"]),
      model: scoreTask(rGold, rYes, ["no", "yes"]),
      subtype: scoreTask(reflected.map((i) => ex.items[i].reflection), reflected.map((i) => rSub[i]), ["simple", "complex"]),
    },
  };
}
