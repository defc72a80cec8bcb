import type { SyncStatus } from "./use-sync-provider";

const LABELS: Record<SyncStatus, string> = {
  connecting: "Connecting…",
  connected: "Live",
  disconnected: "Offline: edits will sync when you reconnect",
  forbidden: "No access",
  "signed-out": "Signed out",
};

export function ConnectionStatus({ status, isSynced }: { status: SyncStatus; isSynced: boolean }) {
  const label = status === "connected" && !isSynced ? "Syncing…" : LABELS[status];
  return (
    <span className={`status status-${status}`} data-testid="sync-status" data-synced={isSynced}>
      {label}
    </span>
  );
}
