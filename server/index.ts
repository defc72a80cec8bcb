import http, { type IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import { CLOSE_CODE, SYNC_PATH } from "../lib/collab/protocol";
import type { PrismaClient } from "../lib/db/open-database";
import { authenticateUpgrade } from "./authenticate";
import { Persistence } from "./persistence";
import { Rooms } from "./rooms";

export interface SyncServerOptions {
  db: PrismaClient;
  secret: string;
  /** Largest accepted websocket frame, in bytes. */
  maxPayload?: number;
}

export interface SyncServer {
  /** True when the request is for the sync endpoint (other upgrades belong to Next). */
  isSyncRequest(request: IncomingMessage): boolean;
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Stores everything received, closes every socket, unloads every document. */
  close(): Promise<void>;
}

export function createSyncServer(options: SyncServerOptions): SyncServer {
  const persistence = new Persistence(options.db);
  const rooms = new Rooms(persistence);
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxPayload ?? 8 * 1024 * 1024 });
  const alive = new WeakMap<WebSocket, boolean>();
  // Dead peers (a laptop lid closed) would otherwise keep documents loaded forever.
  const heartbeat = setInterval(() => {
    for (const socket of wss.clients) {
      if (alive.get(socket) === false) socket.terminate();
      else {
        alive.set(socket, false);
        socket.ping();
      }
    }
  }, 30_000);
  heartbeat.unref();

  return {
    isSyncRequest: (request) => (request.url ?? "").startsWith(`${SYNC_PATH}/`),

    handleUpgrade(request, socket, head) {
      socket.on("error", () => socket.destroy());
      authenticateUpgrade({ request, db: options.db, secret: options.secret })
        .then(async (result) => {
          if (!result.ok) {
            rejectUpgrade(socket, result.refusal.status, result.refusal.reason);
            return;
          }
          const room = await rooms.open(result.principal.documentName);
          if (socket.destroyed) {
            room.release();
            return;
          }
          wss.handleUpgrade(request, socket, head, (ws) => {
            alive.set(ws, true);
            ws.on("pong", () => alive.set(ws, true));
            ws.on("error", () => ws.terminate());
            room.join(ws);
          });
        })
        .catch(() => rejectUpgrade(socket, 500, "Sync server error"));
    },

    async close() {
      clearInterval(heartbeat);
      await rooms.closeAll(CLOSE_CODE.serverShutdown, "Server shutting down");
      await persistence.drain();
      wss.close();
    },
  };
}

function rejectUpgrade(socket: Duplex, status: number, reason: string): void {
  if (socket.destroyed) return;
  const body = `${reason}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? "Error"}\r\n` +
      "Content-Type: text/plain; charset=utf-8\r\n" +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      "Connection: close\r\n\r\n" +
      body,
  );
}

/** The sync server alone on its own HTTP server (tests, `npm run start:sync`). */
export async function startSyncServer(options: SyncServerOptions & { port: number; host?: string }) {
  const sync = createSyncServer(options);
  const server = http.createServer((_request, response) => {
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
    close: async () => {
      await sync.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
