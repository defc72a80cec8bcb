import type { LinearModel } from "./logistic-model";

/** A shipped model with what it was trained on and how well it did on held-out conversations. */
export interface CodingModelFile {
  version: 1;
  task: "question" | "reflection";
  trainedOn: { dataSet: string; conversations: number; utterances: number };
  /** Pooled held-out figures from `npm run train:coding`'s cross-validation (never tuned on the fold coded). */
  crossValidated: { folds: number; kappa: number; accuracy: number; rulesKappa: number; openClosedAccuracy?: number; subtypeKappa?: number };
  model: LinearModel;
}
