// Durability under SIGKILL: the sync server runs as its own process and is
// killed at random moments while real clients edit. Everything any client
// received before a kill must be in the document the restarted server loads,
// and what clients typed while it was down must arrive once it is back.
// The journal's commit interval varies by cycle (up to 10 s), so most kills land
// between an update's journal write and its database commit; after some kills a
// torn frame (a crash mid-write) is left at the journal's end, which the restarted
// server must drop and start anyway.
// CRASH_CYCLES sets the kills per database (`npm run test:crash`: 100); by default
// 20 on PGlite (the embedded default) and 5 on PostgreSQL, to keep `npm test`
// short. CRASH_SEED replays a run.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { formatDocumentName } from "../lib/collab/document-name";
import { encodeFrame } from "./journal/frame";
import { waitFor } from "../lib/testing/wait-for";
import { createDurableDatabases, killHard, spawnSyncServer, type DurableDatabase } from "./testing/child-server";
import {
  containsUpdate,
  contentOf,
  createEditingClient,
  describeMissing,
  randomEdit,
  seededRandom,
  stateVectorOf,
  type EditingClient,
} from "./testing/editing-clients";
import { connectClient, mintToken, seedSyncFixture } from "./testing/sync-fixture";

const CYCLES = {
  pglite: Number(process.env.CRASH_CYCLES || 20),
  postgres: Number(process.env.CRASH_CYCLES || 5),
};
const WAIT = { timeoutMs: 60_000 };
let databases: DurableDatabase[] = [];
beforeAll(async () => {
  databases = await createDurableDatabases();
});
afterAll(async () => {
  for (const db of databases) await db.drop();
});

describe("sync server killed with SIGKILL", () => {
  it.each(["pglite", "postgres"] as const)(
    "%s: kills at random moments lose nothing any client received; offline edits arrive after restart",
    async (name) => {
      const database = databases.find((d) => d.name === name);
      if (!database) return; // postgres only when DATABASE_URL names a server (always in CI)
      const seed = Number(process.env.CRASH_SEED || Math.floor(Math.random() * 2 ** 31));
      const random = seededRandom(seed);
      const context = `(${name}, seed ${seed}: replay with CRASH_SEED=${seed})`;

      const setup = await database.open();
      const fixture = await seedSyncFixture(setup.prisma);
      await setup.close();
      const documentName = formatDocumentName({ interviewId: fixture.interview.id, kind: "transcript" });
      // The editing clients keep their first token through every restart (a browser would fetch a fresh one),
      // and 100 cycles outlast the default 5-minute lifetime: without this, reconnects after ~5 min get 401.
      const token = (user: { id: string }) => mintToken(user.id, documentName, { ttlSeconds: 3_600 });

      const COMMIT_MS = [20, 1_000, 10_000];
      const env = () => ({ ...database.env, SYNC_JOURNAL_COMMIT_MS: String(random.pick(COMMIT_MS)) });
      let server = await spawnSyncServer({ env: env() });
      const port = server.port;
      const clients: EditingClient[] = [];
      for (const user of [fixture.alice, fixture.bob, fixture.alice]) {
        clients.push(createEditingClient(server.url, documentName, await token(user)));
      }
      const offlineMarks: string[] = [];
      let editing = true;
      const editLoop = (async () => {
        while (editing) {
          randomEdit(random.pick(clients).doc, random);
          await new Promise((resolve) => setTimeout(resolve, 5 + random.int(20)));
        }
      })();

      try {
        for (let cycle = 0; cycle < CYCLES[name]; cycle++) {
          await waitFor(() => clients.every((c) => c.provider.synced), { ...WAIT, what: `clients synced ${context}` });
          // Let edits flow, then kill at a random moment: mid-write, mid-relay, idle.
          await new Promise((resolve) => setTimeout(resolve, random.int(250)));
          await killHard(server);
          clients.forEach((c) => c.provider.disconnect()); // hold them off until the store is checked
          const received = clients.map((c) => c.received());
          // Typed while the server is down: must arrive after it returns.
          const mark = `offline-${cycle}`;
          random.pick(clients).doc.getMap("marks").set(mark, true);
          offlineMarks.push(mark);

          let tornAt = "";
          if (random.next() < 0.3) tornAt = leaveTornFrame(database.journalDir, documentName, random.int(1_000));

          server = await spawnSyncServer({ env: env(), port });
          if (tornAt) expect(server.output(), `dropped the torn frame ${context}`).toContain(tornAt);
          const checker = connectClient(server.url, documentName, await token(fixture.bob));
          try {
            await waitFor(() => checker.provider.synced, { ...WAIT, what: `checker synced ${context}` });
            received.forEach((update, i) => {
              if (!containsUpdate(checker.doc, update)) {
                throw new Error(`client ${i} lost updates at cycle ${cycle} ${context}: ${describeMissing(checker.doc, update)}`);
              }
            });
          } finally {
            checker.provider.destroy();
          }
          clients.forEach((c) => c.provider.connect());
        }
        editing = false;
        await editLoop;

        // Everyone converges, offline edits included, and that is what the server stored.
        await waitFor(
          () => new Set(clients.map((c) => contentOf(c.doc) + stateVectorOf(c.doc))).size === 1,
          { ...WAIT, what: `clients converged ${context}` },
        );
        const expected = contentOf(clients[0].doc);
        for (const mark of offlineMarks) expect(expected, `${mark} ${context}`).toContain(mark);
        expect(expected, `a torn frame was replayed ${context}`).not.toContain("never relayed");
        const reader = connectClient(server.url, documentName, await token(fixture.bob));
        try {
          await waitFor(() => reader.provider.synced && contentOf(reader.doc) === expected, {
            ...WAIT,
            what: `stored document equals the clients' ${context}`,
          });
        } finally {
          reader.provider.destroy();
        }
      } catch (error) {
        // What the server said last (a refusal, a database error, an exit) is what a failure needs to be understood.
        if (error instanceof Error) error.message += `\n--- sync server output (tail) ---\n${server.output().slice(-3000)}`;
        throw error;
      } finally {
        editing = false;
        clients.forEach((c) => c.provider.destroy());
        server.child.kill("SIGKILL");
        await server.exited;
      }
    },
    // A restart takes 3–10 s on a busy 2-core machine: the budget grows with the cycles asked for.
    60_000 + 12_000 * Math.max(CYCLES.pglite, CYCLES.postgres),
  );
});

/**
 * What a kill in the middle of a journal write leaves: the first bytes of a frame
 * at the end of the newest segment. Returns the log text that reports dropping it.
 */
function leaveTornFrame(dir: string, documentName: string, seed: number): string {
  const segments = fs.readdirSync(dir).filter((f) => f.endsWith(".journal")).sort();
  const doc = new Y.Doc();
  doc.getText("t").insert(0, `never relayed ${seed}`);
  const frame = encodeFrame(documentName, Y.encodeStateAsUpdate(doc));
  const file = segments.at(-1) ?? "999999999999.journal";
  fs.appendFileSync(path.join(dir, file), frame.subarray(0, 1 + (seed % (frame.length - 1))));
  return `"file":"${file}"`;
}
