import type { LinearModel } from "./logistic-model";

/** A shipped model with what it was trained on and how well it did on held-out conversations. */
export interface CodingModelFile {
  version: 1;
  task: "question" | "reflection";
  trainedOn: { dataSet: string; conversations: number; utterances: number };
  /** L2 and the offset on the "none" bias (already in `model.bias`), and how they were chosen. */
  settings?: { l2: number; noneOffset: number; chosenBy: string };
  /** Pooled held-out figures from `npm run train:coding`'s nested cross-validation (nothing tuned on the fold coded). */
  crossValidated: {
    folds: number;
    nested?: boolean;
    /** The question coder's with the customer's reply, as in a transcript. */
    kappa: number;
    accuracy: number;
    rulesKappa: number;
    openClosedAccuracy?: number;
    /** The question coder's on the same held-out utterances without the reply (a line coded alone). */
    withoutReply?: { kappa: number; accuracy: number; openClosedAccuracy: number };
    subtypeKappa?: number;
  };
  model: LinearModel;
}
