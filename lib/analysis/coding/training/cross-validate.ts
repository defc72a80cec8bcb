import { PARAPHRASE_PHRASES } from "../../find-phrasing-cues";
import type { ClassifiedQuestion } from "../../types";
import { questionFeatures, reflectionFeatures, replyFeatures } from "../coding-features";
import { normaliseSpeech } from "../normalise-speech";
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
  /**
   * The question coder's features, with the customer's reply where it is
   * known (`after` not undefined): what it trains on. AnnoMI utterances always
   * have a reply or `reply:none`; the composed single lines have no reply features.
   */
  question: Features[];
  /** The same without any reply features: a line coded alone (the CLI), scored but never trained on. The same object where no reply is known. */
  questionAlone: Features[];
  /** The reflection coder's: the question features with the reply's (as in `question`), and the reflection features. */
  reflection: Features[];
  rules: ClassifiedQuestion[][];
}

export function buildExamples(items: CodedUtterance[], rules: ClassifiedQuestion[][]): CodingExamples {
  const questionAlone = items.map((it, i) => questionFeatures(it.text, rules[i]));
  return {
    items,
    rules,
    question: items.map((it, i) => {
      if (it.after === undefined) return questionAlone[i];
      const x = new Map(questionAlone[i]);
      replyFeatures(x, it.after === null ? null : normaliseSpeech(it.after));
      return x;
    }),
    questionAlone,
    reflection: items.map((it, i) => reflectionFeatures(it.text, it.before, rules[i], it.after)),
  };
}

const COMPOSED = -1;

/**
 * The composed customer-interview set (lib/analysis/eval/questions.jsonl) as
 * extra training for the question coder: AnnoMI is counselling, and phrasing
 * such as "walk me through…" is rare there. Always trained on, never scored in
 * the cross-validation; a leading question counts as closed. Single lines:
 * no reply is known (`after` undefined), so they train without reply features.
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

/**
 * Settings chosen inside the training conversations only (nested
 * cross-validation), never on the conversations scored: the L2 penalty, and
 * an offset added to the "none" class's bias (for reflections the same as
 * moving the yes/no threshold; for questions, how readily a turn counts as asking).
 */
export interface Settings {
  l2: number;
  noneOffset: number;
  /** Kappa of the pooled inner held-out codes with these settings. */
  innerKappa: number;
}

export const L2_GRID = [3e-3, 1e-2, 3e-2];
export const NONE_OFFSETS = [-1, -0.75, -0.5, -0.25, 0, 0.25, 0.5];

export type Task = "question" | "reflection";

export function trainModel(task: Task, ex: CodingExamples, keep: (i: number) => boolean, settings: Pick<Settings, "l2" | "noneOffset">): LinearModel {
  const idx = ex.items.map((_, i) => i).filter((i) => (task === "question" && ex.items[i].conversation === COMPOSED) || (ex.items[i].conversation !== COMPOSED && keep(i)));
  const base = task === "question" ? QUESTION_TRAINING : REFLECTION_TRAINING;
  const m = task === "question"
    ? trainLogistic(idx.map((i) => ex.question[i]), idx.map((i) => ex.items[i].question), ["none", "open", "closed"], { ...base, l2: settings.l2 })
    : trainLogistic(idx.map((i) => ex.reflection[i]), idx.map((i) => ex.items[i].reflection), ["none", "simple", "complex"], { ...base, l2: settings.l2 });
  // The offset goes into the shipped bias, so the product decides exactly as the evaluation did.
  m.bias[0] = Math.round((m.bias[0] + settings.noneOffset) * 10000) / 10000;
  return m;
}

export function trainQuestionModel(ex: CodingExamples, keep: (i: number) => boolean, settings: Pick<Settings, "l2" | "noneOffset"> = { l2: QUESTION_TRAINING.l2!, noneOffset: 0 }): LinearModel {
  return trainModel("question", ex, keep, settings);
}

export function trainReflectionModel(ex: CodingExamples, keep: (i: number) => boolean, settings: Pick<Settings, "l2" | "noneOffset"> = { l2: REFLECTION_TRAINING.l2!, noneOffset: 0 }): LinearModel {
  return trainModel("reflection", ex, keep, settings);
}

function codeOf(task: Task, p: Record<string, number>): string {
  return task === "question" ? (["none", "open", "closed"] as const).reduce((a, b) => (p[b] > p[a] ? b : a)) : reflectionYesNo(p);
}

function goldOf(task: Task, it: CodedUtterance): string {
  return task === "question" ? it.question : it.reflection === "none" ? "no" : "yes";
}

/** The feature sets an utterance is coded from: for questions with the reply and without (both scored). */
function views(task: Task, ex: CodingExamples): Features[][] {
  return task === "question" ? [ex.question, ex.questionAlone] : [ex.reflection];
}

/**
 * Choose the settings by cross-validation inside `pool` (AnnoMI utterances
 * only): each of the given folds is held out in turn, models are trained on
 * the rest of the pool, and the settings whose pooled held-out codes agree
 * best with the experts (Cohen's kappa) win; ties go to the earlier grid entry.
 * Questions are coded with the reply and without, both pooled: one model and
 * one offset serve a transcript and a line alone.
 */
export function selectSettings(task: Task, ex: CodingExamples, pool: (i: number) => boolean, fold: Map<number, number>, innerFolds: number[]): Settings {
  const labels = task === "question" ? ["none", "open", "closed"] : ["no", "yes"];
  const scored = ex.items.map((_, i) => i).filter((i) => ex.items[i].conversation !== COMPOSED && pool(i));
  let best: Settings | null = null;
  for (const l2 of L2_GRID) {
    // Scores without any offset, per held-out utterance; offsets are tried on them afterwards.
    const vs = views(task, ex);
    const probs = vs.map(() => new Map<number, Record<string, number>>());
    for (const f of innerFolds) {
      const m = trainModel(task, ex, (i) => pool(i) && fold.get(ex.items[i].conversation) !== f, { l2, noneOffset: 0 });
      for (const i of scored) if (fold.get(ex.items[i].conversation) === f) vs.forEach((v, k) => probs[k].set(i, predict(m, v[i], 0).probabilities));
    }
    const gold = vs.flatMap(() => scored.map((i) => goldOf(task, ex.items[i])));
    for (const noneOffset of NONE_OFFSETS) {
      const w = Math.exp(noneOffset);
      const pred = probs.flatMap((pv) => scored.map((i) => {
        const p = { ...pv.get(i)! };
        p.none *= w;
        return codeOf(task, p);
      }));
      const kappa = scoreTask(gold, pred, labels).kappa ?? 0;
      if (!best || kappa > best.innerKappa + 1e-9) best = { l2, noneOffset, innerKappa: kappa };
    }
  }
  return best!;
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
  /** `model` codes each utterance with the customer's reply; `alone` the same held-out utterances without it (a line alone, as the CLI). */
  question: { rules: TaskScore; model: TaskScore; alone: TaskScore; openClosed: { rules: TaskScore; model: TaskScore; alone: TaskScore } };
  reflection: { rules: TaskScore; model: TaskScore; subtype: TaskScore };
  /** The settings each outer fold's inner cross-validation chose, by held-out fold. */
  settings: { question: Array<Settings & { fold: number }>; reflection: Array<Settings & { fold: number }> };
}

/**
 * Nested cross-validation: for each held-out fold, the settings are chosen by
 * an inner cross-validation over the other four folds alone (train on three,
 * code the fourth), then one model is trained on all four with them and codes
 * the held-out fold; the pooled held-out codes are scored. Nothing about the
 * fold scored, not even a threshold, is chosen by looking at it.
 * `onlyFolds` holds out (and scores) just those folds: a quicker check.
 */
export function crossValidate(ex: CodingExamples, onlyFolds?: number[]): CrossValidation {
  const fold = assignFolds(ex.items.filter((i) => i.conversation !== COMPOSED).map((i) => i.conversation));
  const heldOut = new Set(onlyFolds ?? Array.from({ length: FOLDS }, (_, f) => f));
  const scored = (i: number) => ex.items[i].conversation !== COMPOSED && heldOut.has(fold.get(ex.items[i].conversation)!);
  const qPred: string[] = [];
  const qAlone: string[] = [];
  const rYes: string[] = [];
  const rSub: string[] = [];
  const settings: CrossValidation["settings"] = { question: [], reflection: [] };
  for (const f of heldOut) {
    const train = (i: number) => ex.items[i].conversation !== COMPOSED && fold.get(ex.items[i].conversation) !== f;
    const inner = Array.from({ length: FOLDS }, (_, g) => g).filter((g) => g !== f);
    const qs = selectSettings("question", ex, train, fold, inner);
    const rs = selectSettings("reflection", ex, train, fold, inner);
    settings.question.push({ fold: f, ...qs });
    settings.reflection.push({ fold: f, ...rs });
    const qm = trainQuestionModel(ex, train, qs);
    const rm = trainReflectionModel(ex, train, rs);
    ex.items.forEach((_, i) => {
      if (train(i) || fold.get(ex.items[i].conversation) !== f) return;
      qPred[i] = predict(qm, ex.question[i], 0).label;
      qAlone[i] = predict(qm, ex.questionAlone[i], 0).label;
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
  const qa = pick(qAlone);
  const sub = pick(rSub);
  return {
    folds: heldOut.size,
    conversations: new Set(items.map((i) => i.conversation)).size,
    utterances: items.length,
    question: {
      rules: scoreTask(qGold, qRules, ["none", "open", "closed"]),
      model: scoreTask(qGold, q, ["none", "open", "closed"]),
      alone: scoreTask(qGold, qa, ["none", "open", "closed"]),
      openClosed: { rules: oc(qRules), model: oc(q), alone: oc(qa) },
    },
    reflection: {
      rules: scoreTask(rGold, items.map((i) => (phraseListReflects(i.text) ? "yes" : "no")), ["no", "yes"]),
      model: scoreTask(rGold, pick(rYes), ["no", "yes"]),
      subtype: scoreTask(reflected.map((i) => items[i].reflection), reflected.map((i) => sub[i]), ["simple", "complex"]),
    },
    settings,
  };
}

/** The settings for the shipped models: chosen by 5-fold cross-validation over all 100 conversations. */
export function selectShippedSettings(ex: CodingExamples): { question: Settings; reflection: Settings } {
  const fold = assignFolds(ex.items.filter((i) => i.conversation !== COMPOSED).map((i) => i.conversation));
  const all = Array.from({ length: FOLDS }, (_, g) => g);
  const pool = (i: number) => ex.items[i].conversation !== COMPOSED;
  return { question: selectSettings("question", ex, pool, fold, all), reflection: selectSettings("reflection", ex, pool, fold, all) };
}
