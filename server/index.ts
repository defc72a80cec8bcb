import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import { CLOSE_CODE, SYNC_PATH, UPGRADE_REFUSAL, type UpgradeRefusal } from "../lib/collab/protocol";
import type { PrismaClient } from "../lib/db/open-database";
import { getAccessEvents, type AccessEventBus } from "../lib/interviews/access-events";
import { createClientIp } from "./client-ip";
import { DEFAULT_LIMITS, type SyncLimits } from "./config";
import { accessInvalidation } from "./extensions/access-invalidation";
import { authentication } from "./extensions/authentication";
import { awarenessRevival } from "./extensions/awareness-revival";
import { heartbeat } from "./extensions/heartbeat";
import { logging } from "./extensions/logging";
import { metrics } from "./extensions/metrics";
import { originCheck } from "./extensions/origin-check";
import { persistence } from "./extensions/persistence";
import { rateLimits } from "./extensions/rate-limits";
import { redisFanout } from "./extensions/redis-fanout";
import { combineExtensions } from "./extensions/combine";
import type { Connection, SyncExtension, UpgradeContext } from "./extensions/types";
import { logger as defaultLogger, type Logger } from "./logger";
import { SyncMetrics } from "./metrics";
import { rejectUpgrade } from "./reject-upgrade";
import type { MessageGate } from "./room";
import { Rooms } from "./rooms";
import { warmUp } from "./warm-up";
import type { JournalSettings } from "./journaled-persistence";

export interface SyncServerOptions {
  db: PrismaClient;
  secret: string;
  /** Origins allowed to connect; undefined: same host as the request (see server/origin.ts). */
  allowedOrigins?: string[];
  /** Proxies trusted to name the client in X-Forwarded-For (server/client-ip.ts); undefined: none. */
  trustedProxies?: string[];
  limits?: Partial<SyncLimits>;
  logger?: Logger;
  /** Several nodes: share document updates, awareness and access events through Redis pub/sub (REDIS_URL); unset: a single node. */
  redis?: { url: string; channelPrefix?: string };
  /** Also export process metrics (CPU, memory, event loop) on /metrics: once per process. */
  defaultMetrics?: boolean;
  /** Journal updates locally before relaying, committing to the database in groups later (server/journal/); unset: commit before relaying. */
  journal?: JournalSettings;
  /** Where access events are heard; default: this process's bus (lib/interviews/access-events.ts). */
  events?: AccessEventBus;
}

export interface SyncServer {
  /** True when the request is for the sync endpoint (other upgrades belong to Next). */
  isSyncRequest(request: IncomingMessage): boolean;
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Answers `GET /metrics` in Prometheus' text format. */
  serveMetrics(response: ServerResponse): void;
  readonly metrics: SyncMetrics;
  /** Resolves once start-up warm-up is done (server/warm-up.ts): open the port after it. */
  readonly ready: Promise<void>;
  /** Resolves once every update stored so far (journaled) is committed to the database. */
  drain(): Promise<void>;
  /** Stores everything received, closes every socket, unloads every document. */
  close(): Promise<void>;
}

/**
 * The y-websocket sync server: http upgrade handling here, every concern in
 * its own extension (server/extensions/), called in the order listed below.
 */
export function createSyncServer(options: SyncServerOptions): SyncServer {
  const log = options.logger ?? defaultLogger;
  const limits: SyncLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const events = options.events ?? getAccessEvents();
  // The gauges read these when scraped, after everything below exists.
  const sync: SyncMetrics = new SyncMetrics(
    { loadedDocuments: () => rooms.loadedCount, queueDepth: () => storage.queueDepth },
    { defaultMetrics: options.defaultMetrics },
  );
  const serverClosed = (connection: Pick<Connection, "principal">, reason: string) => all.onServerClosed(connection, reason);
  const extensions: SyncExtension[] = [
    metrics({ metrics: sync }),
    logging({ logger: log }),
    rateLimits({ limits, logger: log, onClosed: (reason) => sync.closed.inc({ reason }) }),
    originCheck({ allowedOrigins: options.allowedOrigins }),
    accessInvalidation({ db: options.db, events, logger: log, onClosed: serverClosed }),
    authentication({ db: options.db, secret: options.secret }),
    persistence({ db: options.db, metrics: sync, journal: options.journal, logger: log }),
    ...(options.redis ? [redisFanout({ ...options.redis, logger: log, events, rooms: () => rooms })] : []),
    awarenessRevival(),
    heartbeat(),
  ];
  const all = combineExtensions(extensions);
  const storage = all.storage;
  const rooms = new Rooms(storage, all, all.fanout);
  const warmUpStarted = performance.now();
  const ready = Promise.all([
    warmUp({ db: options.db, secret: options.secret }).then(
      () => {
        const ms = Math.round(performance.now() - warmUpStarted);
        log.info({ event: "warmed_up", ms }, `Sync server warmed up in ${(ms / 1000).toFixed(1)} s`);
      },
      (error: unknown) => log.warn({ event: "warm_up_failed", error: String(error) }),
    ),
    all.ready,
  ]).then(() => undefined);
  const clientIp = createClientIp(options.trustedProxies);
  // allowSynchronousEvents: false yields to the event loop between messages, so a
  // connection over its message budget is cut off mid-burst and cannot starve others.
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxFrameBytes, allowSynchronousEvents: false });
  let closing = false;

  function refuse(upgrade: UpgradeContext, socket: Duplex, refusal: UpgradeRefusal, error?: unknown): void {
    all.onRefused(upgrade, refusal, error);
    rejectUpgrade(socket, refusal.status, refusal.reason);
  }

  function accept(ws: WebSocket, upgrade: UpgradeContext & { principal: NonNullable<UpgradeContext["principal"]> }, room: Awaited<ReturnType<Rooms["open"]>>): void {
    const gates: MessageGate[] = [];
    const connection: Connection = {
      socket: ws,
      principal: upgrade.principal,
      ip: upgrade.ip,
      room,
      notes: upgrade.notes,
      get canWrite() {
        return !room.isReadOnly(ws);
      },
      addGate: (gate) => void gates.push(gate),
    };
    ws.on("error", (error: Error & { code?: string }) => {
      const tooBig = error.code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH";
      all.onServerClosed(connection, tooBig ? "too_big" : "protocol_error");
      log.warn({ event: "connection_error", document: upgrade.principal.documentName, user: upgrade.principal.userId, code: error.code });
      // `ws` has already started the close handshake (1009, 1002…) unless the socket itself failed.
      if (ws.readyState === ws.OPEN) ws.terminate();
    });
    ws.on("close", (code: number) => all.onDisconnect(connection, code));
    all.onConnect(connection);
    room.join(ws, () => gates.every((gate) => gate()), { canWrite: upgrade.principal.canWrite });
  }

  return {
    metrics: sync,
    ready,
    isSyncRequest: (request) => (request.url ?? "").startsWith(`${SYNC_PATH}/`),

    handleUpgrade(request, socket, head) {
      socket.on("error", () => socket.destroy());
      const upgrade: UpgradeContext = { request, ip: clientIp(request), notes: new Map() };
      // While closing, clients told 4503 come straight back: send them elsewhere.
      if (closing) return refuse(upgrade, socket, UPGRADE_REFUSAL.shuttingDown);
      (async () => {
        const refusal = await all.onUpgrade(upgrade);
        if (refusal) return refuse(upgrade, socket, refusal);
        const principal = upgrade.principal;
        if (!principal) return refuse(upgrade, socket, UPGRADE_REFUSAL.serverError, new Error("no extension authenticated the upgrade"));
        const room = await rooms.open(principal.documentName);
        if (socket.destroyed || closing) {
          room.release();
          if (closing) refuse(upgrade, socket, UPGRADE_REFUSAL.shuttingDown);
          return;
        }
        wss.handleUpgrade(request, socket, head, (ws) => accept(ws, { ...upgrade, principal }, room));
      })().catch((error: unknown) => refuse(upgrade, socket, UPGRADE_REFUSAL.serverError, error));
    },

    serveMetrics(response) {
      sync.render().then(
        (body) => response.writeHead(200, { "Content-Type": sync.contentType }).end(body),
        () => response.writeHead(500).end(),
      );
    },

    drain: () => storage.drain(),

    async close() {
      closing = true;
      await rooms.closeAll(CLOSE_CODE.serverShutdown, "Server shutting down");
      await all.onClose();
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}
