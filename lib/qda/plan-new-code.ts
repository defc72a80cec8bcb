import type { PlannedCode } from "./plan-qda-import";

/**
 * A code from another tool as a new SecondEar code: its step is the practice its parent is named
 * after (else the last step), polarity "+" (QDA-XML has none), its colour when valid, a fresh kebab-case key.
 */
export function planNewCode(options: {
  code: { name: string; color: string | null; description: string };
  parent?: { name: string };
  steps: ReadonlyArray<{ id: number; title: string; color: string }>;
  takenKeys: Set<string>;
}): PlannedCode {
  const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");
  const { code, parent } = options;
  const step = options.steps.find((s) => parent && norm(s.title) === norm(parent.name)) ?? options.steps[options.steps.length - 1];
  return {
    key: uniqueKey(code.name, options.takenKeys),
    label: code.name.slice(0, 60),
    step: step.id,
    polarity: "+",
    color: code.color && /^#[0-9a-f]{6}$/.test(code.color) ? code.color : step.color,
    description: code.description.slice(0, 500),
  };
}

function uniqueKey(name: string, taken: Set<string>): string {
  const base = name.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 34) || "imported-code";
  let key = base.length >= 2 ? base : `${base}-code`;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
}
