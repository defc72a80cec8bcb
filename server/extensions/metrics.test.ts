// The hooks alone: which counter each one moves (server/observability.test.ts scrapes a real server).
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { UPGRADE_REFUSAL } from "../../lib/collab/protocol";
import { SyncMetrics } from "../metrics";
import type { Room } from "../room";
import { metrics } from "./metrics";
import type { Connection } from "./types";

async function value(sync: SyncMetrics, line: string): Promise<number | undefined> {
  const found = (await sync.render()).split("\n").find((l) => l.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
}

describe("metrics", () => {
  it("counts refusals by reason, connections, server closes and refused messages by reason, updates and dropped read-only updates", async () => {
    const sync = new SyncMetrics({ loadedDocuments: () => 0, queueDepth: () => 0 });
    const extension = metrics({ metrics: sync });
    const upgrade = { request: {} as IncomingMessage, ip: "127.0.0.1", notes: new Map() };
    const connection = {} as Connection;
    const room = {} as Room;

    extension.onRefused!(upgrade, UPGRADE_REFUSAL.rateLimited);
    extension.onRefused!(upgrade, UPGRADE_REFUSAL.rateLimited);
    extension.onRefused!(upgrade, UPGRADE_REFUSAL.signedOut);
    extension.onConnect!(connection);
    extension.onConnect!(connection);
    extension.onDisconnect!(connection, 1000);
    extension.onServerClosed!(connection, "access_withdrawn");
    extension.onRefusedMessage!(room, "malformed", new Error("x"));
    extension.onUpdate!(room);
    extension.onUpdate!(room);
    extension.onReadOnlyUpdate!(room);

    expect(await value(sync, 'secondear_sync_refused_total{reason="rate_limited"}')).toBe(2);
    expect(await value(sync, 'secondear_sync_refused_total{reason="signed_out"}')).toBe(1);
    expect(await value(sync, "secondear_sync_connections_accepted_total")).toBe(2);
    expect(await value(sync, "secondear_sync_connections")).toBe(1);
    expect(await value(sync, 'secondear_sync_closed_total{reason="access_withdrawn"}')).toBe(1);
    expect(await value(sync, 'secondear_sync_closed_total{reason="malformed"}')).toBe(1);
    expect(await value(sync, "secondear_sync_updates_total")).toBe(2);
    expect(await value(sync, "secondear_sync_readonly_updates_dropped_total")).toBe(1);
  });
});
