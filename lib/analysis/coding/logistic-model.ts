// A multinomial logistic regression small enough to ship to the browser as
// JSON and to read back: every weight belongs to a named feature, so a
// decision can be explained by the features that pushed it.

export type Features = Map<string, number>;

export interface LinearModel<C extends string = string> {
  classes: C[];
  bias: number[];
  /** feature name -> one weight per class. */
  weights: Record<string, number[]>;
}

export interface Contribution {
  feature: string;
  /** How much this feature pushed the chosen class above the others' mean. */
  weight: number;
}

export interface Prediction<C extends string = string> {
  label: C;
  probabilities: Record<C, number>;
  /** The features that pushed hardest towards the label, strongest first. */
  because: Contribution[];
}

// A JSON object with ~10,000 keys is slow to look up in; a Map per model is not.
const lookups = new WeakMap<object, Map<string, number[]>>();

function weightsOf(model: LinearModel): Map<string, number[]> {
  let m = lookups.get(model.weights);
  if (!m) lookups.set(model.weights, (m = new Map(Object.entries(model.weights))));
  return m;
}

/** Class scores -> probabilities -> the most likely class and why. */
export function predict<C extends string>(model: LinearModel<C>, x: Features, explain = 3): Prediction<C> {
  const k = model.classes.length;
  const scores = model.bias.slice();
  const weights = weightsOf(model);
  for (const [f, v] of x) {
    const w = weights.get(f);
    if (w) for (let c = 0; c < k; c++) scores[c] += w[c] * v;
  }
  const probs = softmax(scores);
  let best = 0;
  for (let c = 1; c < k; c++) if (probs[c] > probs[best]) best = c;
  const probabilities = Object.fromEntries(model.classes.map((c, i) => [c, probs[i]])) as Record<C, number>;
  return { label: model.classes[best], probabilities, because: explain > 0 ? explainChoice(model, x, best, explain) : [] };
}

function explainChoice<C extends string>(model: LinearModel<C>, x: Features, c: number, n: number): Contribution[] {
  const k = model.classes.length;
  const out: Contribution[] = [];
  const weights = weightsOf(model);
  for (const [f, v] of x) {
    const w = weights.get(f);
    if (!w) continue;
    const mean = w.reduce((a, b) => a + b, 0) / k;
    const push = (w[c] - mean) * v;
    if (push > 0) out.push({ feature: f, weight: push });
  }
  return out.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1)).slice(0, n);
}

export function softmax(scores: number[]): number[] {
  const m = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - m));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / z);
}
