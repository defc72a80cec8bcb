// `npm start`: Next.js and the sync endpoint from one process and port.
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { boot, logDemoAccounts, onShutdown } from "./boot";
import { setClientIpHeader } from "../lib/auth/server/client-ip-header";
import { createClientIp } from "./client-ip";
import { readSyncConfig } from "./config";
import { createSyncServer } from "./index";
import { logger } from "./logger";

const isDev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || "0.0.0.0";
process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;

const { database, secret } = await boot();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const app = next({ dev: isDev, dir: root, port, hostname: "localhost" });
await app.prepare();
const handleRequest = app.getRequestHandler();
const handleNextUpgrade = app.getUpgradeHandler();
const syncConfig = readSyncConfig();
const sync = createSyncServer({ db: database.prisma, secret, ...syncConfig, defaultMetrics: true });
// Sign-in limits count per client address, by the same trusted-proxy rule as the sync server.
const clientIp = createClientIp(syncConfig.trustedProxies);
await sync.ready;

const server = http.createServer((request, response) => {
  // Prometheus scrapes the sync server's metrics here, ahead of Next's routes.
  if (request.method === "GET" && request.url === "/metrics") return sync.serveMetrics(response);
  // Never the client's own claim: whatever it sent under that header is dropped for the address the rule gives.
  setClientIpHeader(request, clientIp(request));
  void handleRequest(request, response);
});
server.on("upgrade", (request, socket, head) => {
  if (sync.isSyncRequest(request)) sync.handleUpgrade(request, socket, head);
  else void handleNextUpgrade(request, socket, head);
});
server.listen(port, host, () => {
  logger.info(
    { event: "listening", port, database: database.kind, dev: isDev },
    `SecondEar is ready on http://localhost:${port} (${database.kind} database${isDev ? ", dev mode" : ""})`,
  );
  logDemoAccounts();
});

onShutdown(async () => {
  await sync.close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await database.close();
});
