import { DEFAULT_CODEBOOK } from "./default-codebook";

/** The practice's name for the four default steps, "Step n" for any other. */
export function getStepTitle(step: number): string {
  return DEFAULT_CODEBOOK.steps.find((s) => s.id === step)?.title ?? `Step ${step}`;
}
