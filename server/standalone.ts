import http from "node:http";
import { SYNC_PATH } from "../lib/collab/protocol";
import { createSyncServer, type SyncServerOptions } from "./index";
import { rejectUpgrade } from "./reject-upgrade";

/** The sync server alone on its own HTTP server (tests, `npm run start:sync`), with `/metrics`. */
export async function startSyncServer(options: SyncServerOptions & { port: number; host?: string }) {
  const sync = createSyncServer(options);
  await sync.ready;
  const server = http.createServer((request, response) => {
    if (request.method === "GET" && request.url === "/metrics") return sync.serveMetrics(response);
    response.writeHead(404, { "Content-Type": "text/plain" }).end("SecondEar sync server\n");
  });
  server.on("upgrade", (request, socket, head) => {
    if (sync.isSyncRequest(request)) sync.handleUpgrade(request, socket, head);
    else rejectUpgrade(socket, 404, "Not a sync endpoint");
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  return {
    port,
    url: `ws://127.0.0.1:${port}${SYNC_PATH}`,
    httpUrl: `http://127.0.0.1:${port}`,
    sync,
    close: async () => {
      await sync.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
