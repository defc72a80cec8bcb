import { UPGRADE_REFUSAL } from "../../lib/collab/protocol";
import { createOriginCheck } from "../origin";
import type { SyncExtension } from "./types";

/** Refuses upgrades whose `Origin` may not connect (server/origin.ts says which). */
export function originCheck(options: { allowedOrigins?: string[] }): SyncExtension {
  const isAllowed = createOriginCheck(options.allowedOrigins);
  return {
    name: "origin-check",
    onUpgrade: ({ request }) => (isAllowed(request) ? undefined : UPGRADE_REFUSAL.forbiddenOrigin),
  };
}
