// Convergence fuzz: 3–5 real y-websocket clients edit one document through the
// real server with random text edits, tag adds/edits/deletes, overlapping
// deletes, random disconnects and server restarts; then every client and the
// stored document must be identical (content and state vector).
// FUZZ_SEEDS (default 50; `npm run test:fuzz`: 1000) seeds run; FUZZ_SEED=n replays one.
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDocumentName } from "../lib/collab/document-name";
import { loadDocumentState } from "../lib/collab/server/document-store";
import { getTestDatabaseTargets } from "../lib/testing/test-databases";
import { waitFor } from "../lib/testing/wait-for";
import { contentOf, createEditingClient, randomEdit, seededRandom, stateVectorOf } from "./testing/editing-clients";
import { mintToken, seedSyncFixture, startServer } from "./testing/sync-fixture";

const SEEDS = process.env.FUZZ_SEED
  ? [Number(process.env.FUZZ_SEED)]
  : Array.from({ length: Number(process.env.FUZZ_SEEDS || 50) }, (_, i) => i + 1);
const target = getTestDatabaseTargets()[0];
let db: Awaited<ReturnType<typeof target.open>>;
let fixture: Awaited<ReturnType<typeof seedSyncFixture>>;
beforeAll(async () => {
  db = await target.open();
  fixture = await seedSyncFixture(db.prisma);
});
afterAll(() => db.drop());

async function runSeed(seed: number): Promise<void> {
  const random = seededRandom(seed);
  const interview = await db.prisma.interview.create({
    data: { workspaceId: fixture.interview.workspaceId, title: `Fuzz ${seed}`, createdById: fixture.alice.id },
  });
  const documentName = formatDocumentName({ interviewId: interview.id, kind: "transcript" });
  const limits = { upgradesPerMinute: 1_000_000 };
  let server = await startServer(db.prisma, { limits });
  const port = server.port;
  const people = [fixture.alice, fixture.bob];
  const clients = await Promise.all(
    Array.from({ length: 3 + random.int(3) }, async (_, i) =>
      createEditingClient(server.url, documentName, await mintToken(people[i % 2].id, documentName)),
    ),
  );
  try {
    const steps = 20 + random.int(20);
    for (let step = 0; step < steps; step++) {
      const roll = random.next();
      const client = random.pick(clients);
      if (roll < 0.8) randomEdit(client.doc, random);
      else if (roll < 0.92) {
        if (client.provider.shouldConnect) client.provider.disconnect();
        else client.provider.connect();
      } else {
        await server.close(); // clients see 4503 and reconnect by themselves
        server = await startServer(db.prisma, { port, limits });
      }
      // Let the network interleave with the edits: sometimes not at all, sometimes a few ms.
      if (random.next() < 0.5) await new Promise((resolve) => setTimeout(resolve, random.int(8)));
    }
    clients.forEach((c) => c.provider.connect());
    const converged = () => new Set(clients.map((c) => contentOf(c.doc) + stateVectorOf(c.doc))).size === 1;
    await waitFor(() => clients.every((c) => c.provider.synced) && converged(), {
      what: "clients converged",
      timeoutMs: 60_000,
    });
    clients.forEach((c) => c.provider.destroy());
    await server.close();
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await loadDocumentState({ db: db.prisma, name: documentName }))!);
    expect(contentOf(stored)).toBe(contentOf(clients[0].doc));
    expect(stateVectorOf(stored)).toBe(stateVectorOf(clients[0].doc));
  } finally {
    clients.forEach((c) => c.provider.destroy());
    await server.close();
  }
}

describe("convergence fuzz", () => {
  it(`${SEEDS.length} seeds: all clients and the stored document end identical`, async () => {
    for (const seed of SEEDS) {
      try {
        await runSeed(seed);
      } catch (error) {
        throw new Error(`convergence failed for seed ${seed} (replay: FUZZ_SEED=${seed} npx vitest run server/convergence.test.ts): ${String(error)}`);
      }
    }
  }, 3_600_000);
});
