import { DEFAULT_CODEBOOK, findStep, type Codebook } from "../codebook";
import type { WorkspaceCode } from "../codebook/server/list-workspace-codes";

/** A workspace's codes (archived included: old tags still name them) as a codebook for the report. */
export function codebookFromCodes(codes: ReadonlyArray<WorkspaceCode>): Codebook {
  const steps = [...new Set(codes.map((c) => c.step))].sort((a, b) => a - b);
  return {
    steps: steps.map((id) => ({
      id,
      title: findStep(DEFAULT_CODEBOOK, id)?.title ?? `Step ${id}`,
      codes: codes
        .filter((c) => c.step === id)
        .map((c) => ({ key: c.key, label: c.label, step: c.step, polarity: c.polarity, description: c.description, hotkey: c.hotkey ?? "", archived: c.archived })),
    })),
  };
}
