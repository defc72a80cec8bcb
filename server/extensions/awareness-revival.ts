import { reviveRemovedStates } from "../revive-awareness";
import type { SyncExtension } from "./types";

/** A client that reconnects is shown again at once, not at its next renewal (server/revive-awareness.ts). */
export function awarenessRevival(): SyncExtension {
  return {
    name: "awareness-revival",
    transformAwareness: (room, update) => reviveRemovedStates(room.awareness, update),
  };
}
