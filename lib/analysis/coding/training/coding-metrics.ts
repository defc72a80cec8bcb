import { cohensKappa } from "../../../agreement/cohens-kappa";

export interface TaskScore {
  n: number;
  accuracy: number;
  macroF1: number;
  kappa: number | null;
  labels: string[];
  /** confusion[gold][predicted] */
  confusion: number[][];
}

/** Accuracy, macro-F1, Cohen's kappa and the confusion matrix of one coding task. */
export function scoreTask(gold: string[], predicted: string[], labels: string[]): TaskScore {
  const confusion = labels.map(() => labels.map(() => 0));
  gold.forEach((g, i) => confusion[labels.indexOf(g)][labels.indexOf(predicted[i])]++);
  const n = gold.length;
  const correct = labels.reduce((s, _, i) => s + confusion[i][i], 0);
  const f1s = labels.map((_, c) => {
    const tp = confusion[c][c];
    const predictedC = confusion.reduce((s, row) => s + row[c], 0);
    const goldC = confusion[c].reduce((s, v) => s + v, 0);
    return tp === 0 ? 0 : (2 * tp) / (predictedC + goldC);
  });
  const kappa = cohensKappa(gold, predicted).value;
  return { n, accuracy: n ? correct / n : 0, macroF1: f1s.reduce((a, b) => a + b, 0) / labels.length, kappa, labels, confusion };
}

export function formatScore(title: string, s: TaskScore): string {
  const f = (v: number | null) => (v === null ? "n/a" : v.toFixed(3));
  const w = Math.max(8, ...s.labels.map((l) => l.length + 1));
  const lines = [`${title}  (n=${s.n})`, `  accuracy ${f(s.accuracy)}   macro-F1 ${f(s.macroF1)}   Cohen's kappa ${f(s.kappa)}`];
  lines.push(`  ${"gold \\ machine".padEnd(16)}${s.labels.map((l) => l.padStart(w)).join("")}`);
  s.confusion.forEach((row, i) => lines.push(`  ${s.labels[i].padEnd(16)}${row.map((v) => String(v).padStart(w)).join("")}`));
  return lines.join("\n");
}
