import { RateLimiterMemory } from "rate-limiter-flexible";
import type { SyncLimits } from "./config";

/**
 * Two token buckets: upgrade attempts per client IP (refused and accepted
 * alike, so token guessing and connection floods are bounded), and messages
 * per accepted connection. Both live in memory with expiring keys, so their
 * size is bounded by the number of recently active IPs and connections.
 */
export class SyncRateLimits {
  private readonly upgrades: RateLimiterMemory;
  private readonly messages: RateLimiterMemory;
  private nextConnectionId = 0;

  constructor(limits: SyncLimits) {
    this.upgrades = new RateLimiterMemory({ keyPrefix: "upgrade", points: limits.upgradesPerMinute, duration: 60 });
    this.messages = new RateLimiterMemory({ keyPrefix: "message", points: limits.messagesPer10s, duration: 10 });
  }

  /** Resolves true when this upgrade attempt is within its client IP's budget (server/client-ip.ts). */
  allowUpgrade(ip: string): Promise<boolean> {
    return this.upgrades.consume(ip).then(
      () => true,
      () => false,
    );
  }

  /**
   * A counter for one connection: call it for every message; `onExceeded`
   * runs once, a microtask after the connection goes over its budget; from
   * then on the counter returns false so the caller drops what still arrives.
   */
  forConnection(onExceeded: () => void): () => boolean {
    const key = String(this.nextConnectionId++);
    let exceeded = false;
    return () => {
      if (exceeded) return false;
      this.messages.consume(key).catch(() => {
        if (exceeded) return;
        exceeded = true;
        onExceeded();
      });
      return true;
    };
  }
}
