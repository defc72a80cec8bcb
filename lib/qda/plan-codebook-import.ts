import type { WorkspaceCode } from "../codebook/server/list-workspace-codes";
import { flattenCodes } from "./build-import-view";
import type { PlannedCode } from "./plan-qda-import";
import { planNewCode } from "./plan-new-code";
import type { QdaCode } from "./types";

/**
 * A .qdc against the workspace codebook: every codable code matched by name (label or key,
 * ignoring case) or planned as a new code; folders (not codable) only give new codes their step.
 */
export function planCodebookImport(options: {
  codes: ReadonlyArray<QdaCode>;
  existing: ReadonlyArray<WorkspaceCode>;
  steps: ReadonlyArray<{ id: number; title: string; color: string }>;
}) {
  const flat = flattenCodes(options.codes);
  const byGuid = new Map(flat.map((c) => [c.guid, c]));
  const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");
  const known = new Set(options.existing.flatMap((c) => [norm(c.label), norm(c.key)]));
  const takenKeys = new Set(options.existing.map((c) => c.key));
  const matched: string[] = [];
  const added: PlannedCode[] = [];
  for (const code of flat) {
    // Folders (the practices, in SecondEar's own export) only give new codes their step.
    if (!code.isCodable) continue;
    if (known.has(norm(code.name))) {
      matched.push(code.name);
      continue;
    }
    known.add(norm(code.name));
    added.push(planNewCode({ code, parent: code.parentGuid ? byGuid.get(code.parentGuid) : undefined, steps: options.steps, takenKeys }));
  }
  return { matched, added };
}
