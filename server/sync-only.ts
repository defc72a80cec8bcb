// `npm run start:sync`: the sync server alone, for running several nodes.
// SYNC_PORT=0 picks a free port; the line "listening on port N" on stdout tells which.
import { boot, onShutdown } from "./boot";
import { readSyncConfig } from "./config";
import { logger } from "./logger";
import { startSyncServer } from "./standalone";

const port = Number(process.env.SYNC_PORT ?? process.env.PORT ?? 3001);
const { database, secret } = await boot();
const server = await startSyncServer({
  db: database.prisma,
  secret,
  port,
  host: process.env.HOST || "0.0.0.0",
  ...readSyncConfig(),
  defaultMetrics: true,
});
logger.info(
  { event: "listening", port: server.port, database: database.kind },
  `SecondEar sync server listening on port ${server.port} (ws://localhost:${server.port}/sync, ${database.kind} database)`,
);
onShutdown(async () => {
  await server.close();
  await database.close();
});
