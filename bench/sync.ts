// `npm run bench:sync`: our sync server under load (R rooms × 2 editors typing,
// tagging, moving carets), next to the stock @y/websocket-server@0.1.1 under
// the same load, plus the cold load of a stored 2-hour interview. Prints a
// table; exits non-zero only on errors (missed goals are listed, not fatal).
import { spawn } from "node:child_process";
import os from "node:os";
import { signSyncToken } from "../lib/auth/sync-token";
import { TRANSCRIPT_FIELD } from "../lib/collab/transcript-extensions";
import { getTagMap } from "../lib/tags/tags-document";
import { timeColdLoad, waitUnloaded, type ColdLoad } from "./sync/cold-load";
import type { WorkerRoom } from "./sync/load-protocol";
import { readOptions } from "./sync/options";
import { printReport } from "./sync/report";
import { runLoad, type RunResult } from "./sync/run-load";
import { seedBench } from "./sync/seed";
import type { BenchServer } from "./sync/server-process";
import { BENCH_SECRET, createBenchDatabase, installStockServer, startOurServer, startStockServer } from "./sync/servers";

const options = readOptions(process.argv.slice(2));
const log = (message: string) => console.error(message);
const running: BenchServer[] = [];

async function withServer<T>(start: () => Promise<BenchServer>, use: (server: BenchServer) => Promise<T>): Promise<T> {
  const server = await start();
  running.push(server);
  try {
    return await use(server);
  } finally {
    await server.stop();
    running.splice(running.indexOf(server), 1);
  }
}

async function main() {
  log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(", ")} on ${os.cpus().length} cores`);
  const stockScript = options.stock ? await installStockServer() : undefined;
  const database = await createBenchDatabase(options.postgres);
  try {
    log(`seeding ${database.kind}: ${options.rooms.join(" + ")} interviews and the 2-hour interview…`);
    const db = await database.open();
    const seeded = await seedBench(db.prisma, options.rooms).finally(() => db.close());
    const [alice, bob] = seeded.editors;

    const cold: ColdLoad[] = [];
    const longNames = [seeded.longTranscript, seeded.longTags];
    const checkLong = ([transcript, tags]: import("yjs").Doc[]) => {
      const blocks = transcript.getXmlFragment(TRANSCRIPT_FIELD).length;
      const count = getTagMap(tags).size;
      if (blocks !== 1_500 || count !== 1_000) throw new Error(`cold load got ${blocks} utterances, ${count} tags`);
    };
    const reload: ColdLoad[] = [];
    // Untimed: the first time this process applies a large document its own JIT is cold
    // (~60 ms more), which is the load generator's start-up, not the server's.
    await withServer(() => startOurServer(database), (server) => timeColdLoad(server, alice, longNames, checkLong));
    for (let i = 0; i < options.coldRuns; i++) {
      await withServer(
        () => startOurServer(database),
        async (server) => {
          cold.push(await timeColdLoad(server, alice, longNames, checkLong));
          await waitUnloaded(server);
          reload.push(await timeColdLoad(server, alice, longNames, checkLong));
        },
      );
    }
    const empty: number[] = [];
    for (let i = 0; i < options.coldRuns; i++) {
      const emptyRoom = [seeded.emptyTranscript];
      empty.push((await withServer(() => startOurServer(database), (server) => timeColdLoad(server, alice, emptyRoom, () => undefined))).ms);
    }
    log(`2-hour interview: cold ${cold.map((c) => c.ms.toFixed(0)).join(", ")} ms; reload ${reload.map((c) => c.ms.toFixed(0)).join(", ")} ms; empty room, cold: ${empty.map((c) => c.toFixed(0)).join(", ")} ms`);

    const runs: RunResult[] = [];
    // Both servers under the same extra load, when asked: a CPU-bound process at nice 0.
    const burner = options.cpuLoad ? spawn("sh", ["-c", "exec yes > /dev/null"], { stdio: "ignore" }) : undefined;
    if (burner) log("a CPU-bound `yes > /dev/null` runs beside the servers during the load runs");
    for (const [run, count] of options.rooms.entries()) {
      const names = seeded.rooms[run];
      const tokens = async (name: string) =>
        Promise.all([alice, bob].map((userId) => signSyncToken({ userId, documentName: name }, { secret: BENCH_SECRET, ttlSeconds: 3600 })));
      const ours: WorkerRoom[] = await Promise.all(names.map(async (name) => ({ name, tokens: await tokens(name) })));
      for (let repeat = 1; repeat <= options.repeat; repeat++) {
        const of = options.repeat > 1 ? ` (run ${repeat} of ${options.repeat})` : "";
        for (const fsync of options.fsync) {
          log(`R = ${count}: our server (${database.kind}, SYNC_JOURNAL_FSYNC=${fsync})${of}…`);
          const result = await withServer(() => startOurServer(database, fsync), (server) => runLoad(server, ours, options));
          runs.push({ ...result, fsync });
        }
        if (stockScript) {
          log(`R = ${count}: stock @y/websocket-server@0.1.1${of}…`);
          const stock: WorkerRoom[] = names.map((name) => ({ name, tokens: [null, null] }));
          runs.push(await withServer(() => startStockServer(stockScript), (server) => runLoad(server, stock, options)));
        }
      }
    }
    burner?.kill("SIGKILL");
    printReport({ options, database: database.kind, runs, cold: { runs: cold, reload, empty } });
  } finally {
    await database.drop();
  }
}

const stopAll = () => Promise.all(running.map((server) => server.stop()));
process.on("SIGINT", () => void stopAll().finally(() => process.exit(130)));
main().catch(async (error: unknown) => {
  console.error(error);
  for (const server of running) console.error(`--- ${server.kind} server output (tail) ---\n${server.output().slice(-4000)}`);
  await stopAll();
  process.exit(1);
});
