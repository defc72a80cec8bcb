// SIGTERM/SIGINT (server/boot.ts onShutdown): the process stores what it has,
// closes every socket with 4503 so clients know to reconnect, and exits 0.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLOSE_CODE } from "../lib/collab/protocol";
import { waitFor } from "../lib/testing/wait-for";
import { createDurableDatabases, spawnSyncServer, type DurableDatabase } from "./testing/child-server";
import { connectClient, mintToken, seedSyncFixture } from "./testing/sync-fixture";

let database: DurableDatabase;
let fixture: Awaited<ReturnType<typeof seedSyncFixture>>;
beforeAll(async () => {
  const [pglite, ...others] = await createDurableDatabases();
  for (const other of others) await other.drop();
  database = pglite;
  const setup = await database.open(); // closed again before any server process opens it
  fixture = await seedSyncFixture(setup.prisma);
  await setup.close();
});
afterAll(() => database.drop());

describe("graceful shutdown", () => {
  it.each(["SIGTERM", "SIGINT"] as const)("%s closes sockets with 4503, exits 0, and keeps every edit", async (signal) => {
    const documentName = signal === "SIGTERM" ? fixture.documentName : fixture.otherDocumentName;
    let server = await spawnSyncServer({ env: database.env });
    const a = connectClient(server.url, documentName, await mintToken(fixture.alice.id, documentName));
    try {
      const closes: number[] = [];
      a.provider.on("connection-close", (event: { code: number } | null) => event && closes.push(event.code));
      await waitFor(() => a.provider.synced, { what: "synced", timeoutMs: 60_000 });
      a.doc.getText("t").insert(0, `typed before ${signal}`);
      // The signal may land while the update is still on its way in; it must not be lost either way.
      await new Promise((resolve) => setTimeout(resolve, 50));
      server.child.kill(signal);
      expect(await server.exited).toBe(0);
      a.provider.disconnect();
      expect(closes).toContain(CLOSE_CODE.serverShutdown);

      server = await spawnSyncServer({ env: database.env });
      const b = connectClient(server.url, documentName, await mintToken(fixture.bob.id, documentName));
      try {
        await waitFor(() => b.provider.synced, { what: "reader synced", timeoutMs: 60_000 });
        expect(b.text()).toBe(`typed before ${signal}`);
      } finally {
        b.provider.destroy();
      }
    } finally {
      a.provider.destroy();
      server.child.kill("SIGKILL");
      await server.exited;
    }
  });
});
