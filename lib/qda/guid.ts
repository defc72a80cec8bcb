import { v5 as uuidv5 } from "uuid";

/** SecondEar's own UUID v5 namespace: the same ids give the same GUIDs on every export. */
const NAMESPACE = "6f0b7c1e-58d2-4c0a-9a35-3d1f6e2b8a40";

/**
 * A stable GUID for a SecondEar object (`kind` plus the ids that identify it), so a re-export
 * updates the receiving tool's project instead of duplicating it. Upper case, as most QDA tools write.
 */
export function deriveGuid(kind: string, ...ids: ReadonlyArray<string | number>): string {
  return uuidv5(`${kind}:${ids.join(":")}`, NAMESPACE).toUpperCase();
}
