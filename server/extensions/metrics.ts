import type { SyncMetrics } from "../metrics";
import type { SyncExtension } from "./types";

/** Prometheus counters for connections, refusals, closes and updates (`GET /metrics`, server/metrics.ts). */
export function metrics(options: { metrics: SyncMetrics }): SyncExtension {
  const sync = options.metrics;
  return {
    name: "metrics",
    onRefused: (_upgrade, refusal) => sync.refused.inc({ reason: refusal.code }),
    onConnect() {
      sync.accepted.inc();
      sync.connections.inc();
    },
    onDisconnect: () => sync.connections.dec(),
    onServerClosed: (_connection, reason) => sync.closed.inc({ reason }),
    onUpdate: () => sync.updates.inc(),
    onReadOnlyUpdate: () => sync.readOnlyDropped.inc(),
    onRefusedMessage: (_room, reason) => sync.closed.inc({ reason }),
  };
}
