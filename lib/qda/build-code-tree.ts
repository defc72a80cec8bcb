import { deriveGuid } from "./guid";
import type { QdaCode } from "./types";

/** The four practices (or the workspace's steps) as folders (not codable), their codes nested, GUIDs stable per workspace. */
export function buildCodeTree(options: {
  workspaceId: string;
  steps: ReadonlyArray<{ id: number; title: string; color: string }>;
  codes: ReadonlyArray<{ key: string; label: string; step: number; color: string; description: string }>;
}): QdaCode[] {
  const { workspaceId } = options;
  const stepIds = [...new Set([...options.steps.map((s) => s.id), ...options.codes.map((c) => c.step)])].sort((a, b) => a - b);
  return stepIds
    .map((id) => {
      const step = options.steps.find((s) => s.id === id);
      return {
        guid: deriveGuid("step", workspaceId, id),
        name: step?.title ?? `Step ${id}`,
        isCodable: false,
        color: step?.color,
        children: options.codes.filter((c) => c.step === id).map((c) => ({
          guid: deriveGuid("code", workspaceId, c.key),
          name: c.label,
          isCodable: true,
          color: c.color,
          description: c.description || undefined,
          children: [],
        })),
      };
    })
    .filter((s) => s.children.length > 0);
}
