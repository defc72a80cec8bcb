import { type Features, type LinearModel } from "../logistic-model";

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
  // Rows as flat typed arrays: the inner loop runs (examples x features x classes x steps) times.
  const starts = new Int32Array(xs.length + 1);
  const fs: number[] = [];
  const vs: number[] = [];
  xs.forEach((x, i) => {
    for (const [f, v] of x) {
      if (!index.has(f)) continue;
      fs.push(index.get(f)!);
      vs.push(v);
    }
    starts[i + 1] = fs.length;
  });
  const feat = Int32Array.from(fs);
  const val = Float64Array.from(vs);
  const y = ys.map((c) => classes.indexOf(c));
  const freq = classes.map((_, c) => y.filter((v) => v === c).length / y.length);
  const classWeight = freq.map((p) => Math.pow(1 / k / Math.max(p, 1e-6), balance));
  const bias = names.length * k;
  const n = xs.length;
  const scores = new Float64Array(k);
  const p = new Float64Array(k);
  for (let step = 1; step <= epochs; step++) {
    grad.fill(0);
    for (let i = 0; i < n; i++) {
      for (let c = 0; c < k; c++) scores[c] = w[bias + c];
      for (let j = starts[i]; j < starts[i + 1]; j++) for (let c = 0; c < k; c++) scores[c] += w[feat[j] * k + c] * val[j];
      // softmax in place (the same arithmetic as softmax(), without an array per example per step)
      let mx = -Infinity;
      for (let c = 0; c < k; c++) if (scores[c] > mx) mx = scores[c];
      let z = 0;
      for (let c = 0; c < k; c++) z += p[c] = Math.exp(scores[c] - mx);
      for (let c = 0; c < k; c++) p[c] /= z;
      const cw = classWeight[y[i]] / n;
      for (let c = 0; c < k; c++) {
        const err = cw * (p[c] - (c === y[i] ? 1 : 0));
        grad[bias + c] += err;
        for (let j = starts[i]; j < starts[i + 1]; j++) grad[feat[j] * k + c] += err * val[j];
      }
    }
    const c1 = 1 - Math.pow(0.9, step);
    const c2 = 1 - Math.pow(0.999, step);
    for (let d = 0; d < dim; d++) {
      const g = grad[d] + (d < bias ? l2 * w[d] : 0);
      m1[d] = 0.9 * m1[d] + 0.1 * g;
      m2[d] = 0.999 * m2[d] + 0.001 * g * g;
      w[d] -= (learningRate * (m1[d] / c1)) / (Math.sqrt(m2[d] / c2) + 1e-8);
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
