import { CLOSE_CODE, UPGRADE_REFUSAL } from "../../lib/collab/protocol";
import type { SyncLimits } from "../config";
import type { Logger } from "../logger";
import { SyncRateLimits } from "../rate-limit";
import type { SyncExtension } from "./types";

/**
 * Upgrade attempts per client address, and messages per connection: over its
 * budget a connection is closed with 4429 (server/rate-limit.ts).
 */
export function rateLimits(options: { limits: SyncLimits; logger: Logger; onClosed: (reason: string) => void }): SyncExtension {
  const limits = new SyncRateLimits(options.limits);
  return {
    name: "rate-limits",
    onUpgrade: async ({ ip }) => ((await limits.allowUpgrade(ip)) ? undefined : UPGRADE_REFUSAL.rateLimited),
    onConnect(connection) {
      const { socket, principal } = connection;
      connection.addGate(
        limits.forConnection(() => {
          options.onClosed("rate_limited");
          options.logger.warn({ event: "message_rate_limited", document: principal.documentName, user: principal.userId });
          socket.close(CLOSE_CODE.rateLimited, "Too many messages");
        }),
      );
    },
  };
}
