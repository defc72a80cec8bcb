import { softmax, type Features, type LinearModel } from "../logistic-model";

export interface TrainOptions {
  epochs?: number;
  /** L2 penalty per example update. */
  l2?: number;
  learningRate?: number;
  seed?: number;
  /** Features seen in fewer training examples are dropped (noise, and model size). */
  minCount?: number;
  /** Weight each class inversely to its frequency (rare classes matter to kappa). */
  balance?: number;
}

/** Mulberry32: a small seeded generator, so training is reproducible bit for bit. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Multinomial logistic regression: mean cross-entropy plus an L2 penalty on
 * every weight, minimised full-batch with Adam for a fixed number of steps.
 * Full-batch (not per-example SGD) so rare words are penalised as much as
 * common ones; there is no randomness, so training is reproducible.
 */
export function trainLogistic<C extends string>(xs: Features[], ys: C[], classes: C[], options: TrainOptions = {}): LinearModel<C> {
  const { epochs = 300, l2 = 1e-3, learningRate = 0.05, minCount = 2, balance = 0 } = options;
  const counts = new Map<string, number>();
  for (const x of xs) for (const f of x.keys()) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.keys()].filter((f) => counts.get(f)! >= minCount).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const k = classes.length;
  const dim = names.length * k + k; // weights, then the biases
  const w = new Float64Array(dim);
  const m1 = new Float64Array(dim);
  const m2 = new Float64Array(dim);
  const grad = new Float64Array(dim);
  const rows = xs.map((x) => [...x].flatMap(([f, v]) => (index.has(f) ? [[index.get(f)!, v] as [number, number]] : [])));
  const y = ys.map((c) => classes.indexOf(c));
  const freq = classes.map((_, c) => y.filter((v) => v === c).length / y.length);
  const classWeight = freq.map((p) => Math.pow(1 / k / Math.max(p, 1e-6), balance));
  const bias = names.length * k;
  const n = rows.length;
  for (let step = 1; step <= epochs; step++) {
    grad.fill(0);
    for (let i = 0; i < n; i++) {
      const row = rows[i];
      const scores = Array.from(w.subarray(bias, bias + k));
      for (const [f, v] of row) for (let c = 0; c < k; c++) scores[c] += w[f * k + c] * v;
      const p = softmax(scores);
      const cw = classWeight[y[i]] / n;
      for (let c = 0; c < k; c++) {
        const err = cw * (p[c] - (c === y[i] ? 1 : 0));
        grad[bias + c] += err;
        for (const [f, v] of row) grad[f * k + c] += err * v;
      }
    }
    for (let d = 0; d < dim; d++) {
      const g = grad[d] + (d < bias ? l2 * w[d] : 0);
      m1[d] = 0.9 * m1[d] + 0.1 * g;
      m2[d] = 0.999 * m2[d] + 0.001 * g * g;
      const mh = m1[d] / (1 - Math.pow(0.9, step));
      const vh = m2[d] / (1 - Math.pow(0.999, step));
      w[d] -= (learningRate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  const b = w.subarray(bias, bias + k);
  const weights: Record<string, number[]> = {};
  names.forEach((f, i) => {
    const ws = Array.from(w.subarray(i * k, i * k + k), round);
    if (ws.some((v) => Math.abs(v) >= 0.002)) weights[f] = ws;
  });
  return { classes, bias: Array.from(b, round), weights };
}

// Four decimals: more precision than the data supports, and a smaller file.
function round(v: number): number {
  return Math.round(v * 10000) / 10000;
}
