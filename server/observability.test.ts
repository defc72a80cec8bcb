import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSqlPool } from "../lib/db/sql-driver";
import { getTestDatabaseTargets } from "../lib/testing/test-databases";
import { waitFor } from "../lib/testing/wait-for";
import { createLogger, redactUrl } from "./logger";
import { connectClient, fetchMetrics, mintToken, seedSyncFixture, startServer, tryUpgrade } from "./testing/sync-fixture";

const target = getTestDatabaseTargets()[0];
let db: Awaited<ReturnType<typeof target.open>>;
beforeAll(async () => {
  db = await target.open();
});
afterAll(() => db.drop());

function metric(text: string, name: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

describe("observability", () => {
  it("/metrics counts refused and accepted connections, updates, loaded documents and persistence latency; logs hold no tokens or content", async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        lines.push(...chunk.toString().split("\n").filter(Boolean));
        callback();
      },
    });
    const fixture = await seedSyncFixture(db.prisma);
    const server = await startServer(db.prisma, { logger: createLogger({ level: "debug", destination }) });
    try {
      const before = await fetchMetrics(server.httpUrl);
      expect(metric(before, "secondear_sync_connections")).toBe(0);
      expect(metric(before, "secondear_sync_documents_loaded")).toBe(0);

      const forOther = await mintToken(fixture.alice.id, fixture.otherDocumentName);
      expect((await tryUpgrade(`${server.url}/${fixture.documentName}?token=${forOther}`)).status).toBe(403);
      const token = await mintToken(fixture.alice.id, fixture.documentName);
      const c = connectClient(server.url, fixture.documentName, token);
      try {
        await waitFor(() => c.provider.synced, { what: "synced", timeoutMs: 20_000 });
        c.doc.getText("t").insert(0, "confidential customer quote");
        const after = await waitFor(
          async () => {
            const text = await fetchMetrics(server.httpUrl);
            return (metric(text, "secondear_sync_persist_seconds_count") ?? 0) >= 1 ? text : "";
          },
          { what: "an update persisted", timeoutMs: 20_000 },
        );
        expect(after).toMatch(/^secondear_sync_refused_total\{reason="wrong_document"\} 1$/m);
        expect(metric(after, "secondear_sync_connections_accepted_total")).toBe(1);
        expect(metric(after, "secondear_sync_connections")).toBe(1);
        expect(metric(after, "secondear_sync_documents_loaded")).toBe(1);
        expect(metric(after, "secondear_sync_updates_total")).toBeGreaterThanOrEqual(1);
        expect(metric(after, "secondear_sync_persist_queue_depth")).toBe(0);
        expect(after).toContain("# TYPE secondear_sync_persist_seconds histogram");
        // One document opened, one load timed (the start-up warm-up's rehearsal is not counted).
        expect(metric(after, "secondear_sync_document_load_seconds_count")).toBe(1);
        // The typed text is the only update stored: the client's empty sync reply is not written.
        const rows = await getSqlPool(db.prisma).query(`SELECT 1 FROM "YDocUpdate" WHERE "name" = $1`, [fixture.documentName]);
        expect(rows).toHaveLength(1);
      } finally {
        c.provider.destroy();
      }
      await waitFor(async () => metric(await fetchMetrics(server.httpUrl), "secondear_sync_connections") === 0, {
        what: "connection gone",
        timeoutMs: 20_000,
      });

      const log = lines.join("\n");
      expect(lines.map((l) => JSON.parse(l).event)).toEqual(
        expect.arrayContaining(["upgrade_refused", "connection_opened", "connection_closed"]),
      );
      expect(log).not.toContain(forOther);
      expect(log).not.toContain(token);
      expect(log).not.toContain(token.slice(-20)); // not even the signature
      expect(log).not.toContain("confidential");
      expect(log).toContain("token=[redacted]");
    } finally {
      await server.close();
    }
  });

  it("redacts tokens in URLs and fields", () => {
    expect(redactUrl("/sync/interview:x:transcript?token=a.b.c&v=1")).toBe("/sync/interview:x:transcript?token=[redacted]&v=1");
    expect(redactUrl("/sync/d?v=1&TOKEN=abc")).toBe("/sync/d?v=1&TOKEN=[redacted]");
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        lines.push(chunk.toString());
        callback();
      },
    });
    createLogger({ level: "info", destination }).info({ token: "secret-value", request: { token: "also-secret" } });
    expect(lines.join("")).not.toContain("secret");
  });
});
