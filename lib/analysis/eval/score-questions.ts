import type { ClassifiedQuestion, QuestionKind } from "../types";

export interface GoldQuestion {
  text: string;
  start: number;
  end: number;
  kind: QuestionKind;
}

export interface EvalItem {
  id: string;
  style: string;
  text: string;
  questions: GoldQuestion[];
}

export type Predicted = QuestionKind | "none";

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvalScore {
  gold: number;
  accuracy: number;
  /** Gold open/closed questions predicted exactly (a leading or missed prediction counts as wrong). */
  openClosedAccuracy: number;
  perClass: Record<QuestionKind, ClassMetrics>;
  confusion: Record<QuestionKind, Record<Predicted, number>>;
  missed: number;
  /** Predicted questions that overlap no gold question (false detections). */
  spurious: number;
  errors: Array<{ id: string; text: string; gold: QuestionKind; predicted: Predicted; rule?: string }>;
}

const KINDS: QuestionKind[] = ["open", "closed", "leading"];

/**
 * Match each gold question to the predicted question overlapping it most
 * (character overlap), so preamble boundaries don't matter; extra predicted
 * parts overlapping a gold question are not counted as false detections.
 */
export function scoreQuestions(items: EvalItem[], predictions: ClassifiedQuestion[][]): EvalScore {
  const confusion = Object.fromEntries(KINDS.map((k) => [k, { open: 0, closed: 0, leading: 0, none: 0 }])) as EvalScore["confusion"];
  const errors: EvalScore["errors"] = [];
  let spurious = 0;
  items.forEach((item, i) => {
    const preds = predictions[i];
    const used = new Set<number>();
    for (const g of item.questions) {
      let best = -1;
      let bestOverlap = 0;
      preds.forEach((p, k) => {
        const overlap = Math.min(p.end, g.end) - Math.max(p.start, g.start);
        if (overlap > bestOverlap && !used.has(k)) [best, bestOverlap] = [k, overlap];
      });
      const got: Predicted = best >= 0 ? preds[best].kind : "none";
      if (best >= 0) used.add(best);
      confusion[g.kind][got]++;
      if (got !== g.kind) errors.push({ id: item.id, text: g.text, gold: g.kind, predicted: got, rule: best >= 0 ? preds[best].rule : undefined });
    }
    preds.forEach((p, k) => {
      if (!used.has(k) && !item.questions.some((g) => Math.min(p.end, g.end) > Math.max(p.start, g.start))) spurious++;
    });
  });
  const gold = items.reduce((n, it) => n + it.questions.length, 0);
  const correct = KINDS.reduce((n, k) => n + confusion[k][k], 0);
  const perClass = Object.fromEntries(KINDS.map((k) => {
    const tp = confusion[k][k];
    const predicted = KINDS.reduce((n, g) => n + confusion[g][k], 0);
    const support = KINDS.reduce((n, p) => n + confusion[k][p], 0) + confusion[k].none;
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return [k, { precision, recall, f1, support }];
  })) as Record<QuestionKind, ClassMetrics>;
  const ocGold = perClass.open.support + perClass.closed.support;
  return {
    gold,
    accuracy: gold ? correct / gold : 0,
    openClosedAccuracy: ocGold ? (confusion.open.open + confusion.closed.closed) / ocGold : 0,
    perClass,
    confusion,
    missed: KINDS.reduce((n, k) => n + confusion[k].none, 0),
    spurious,
    errors,
  };
}
