// `npm run start:sync`: the sync server alone, for running several nodes.
import { boot, onShutdown } from "./boot";
import { startSyncServer } from "./index";

const port = Number(process.env.SYNC_PORT || process.env.PORT || 3001);
const { database, secret } = await boot();
const server = await startSyncServer({ db: database.prisma, secret, port, host: process.env.HOST || "0.0.0.0" });
console.log(`SecondEar sync server on ws://localhost:${server.port}/sync (${database.kind} database)`);
onShutdown(async () => {
  await server.close();
  await database.close();
});
