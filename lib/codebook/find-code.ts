import type { CodeDefinition, Codebook, StepDefinition } from "./types";

/** All codes in codebook order (step order, then the order within the step). */
export function listCodes(codebook: Codebook, { includeArchived = false } = {}): CodeDefinition[] {
  return codebook.steps.flatMap((s) => s.codes).filter((c) => includeArchived || !c.archived);
}

/** Looks a code up by key; archived codes are still found because old tags keep pointing at them. */
export function findCode(codebook: Codebook, key: string): CodeDefinition | undefined {
  for (const step of codebook.steps) {
    const found = step.codes.find((c) => c.key === key);
    if (found) return found;
  }
  return undefined;
}

export function findStep(codebook: Codebook, id: number): StepDefinition | undefined {
  return codebook.steps.find((s) => s.id === id);
}
