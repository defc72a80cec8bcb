import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import { CLOSE_CODE, SYNC_PATH, UPGRADE_REFUSAL, type UpgradeRefusal } from "../lib/collab/protocol";
import type { PrismaClient } from "../lib/db/open-database";
import { authenticateUpgrade } from "./authenticate";
import { DEFAULT_LIMITS, type SyncLimits } from "./config";
import { logger as defaultLogger, redactUrl, type Logger } from "./logger";
import { SyncMetrics } from "./metrics";
import { createClientIp } from "./client-ip";
import { createOriginCheck } from "./origin";
import { Persistence } from "./persistence";
import { RedisFanout } from "./redis-fanout";
import { rejectUpgrade } from "./reject-upgrade";
import { SyncRateLimits } from "./rate-limit";
import { warmUp } from "./warm-up";
import type { RoomHooks } from "./room";
import { Rooms } from "./rooms";

export interface SyncServerOptions {
  db: PrismaClient;
  secret: string;
  /** Origins allowed to connect; undefined: same host as the request (see server/origin.ts). */
  allowedOrigins?: string[];
  /** Proxies trusted to name the client in X-Forwarded-For (server/client-ip.ts); undefined: none. */
  trustedProxies?: string[];
  limits?: Partial<SyncLimits>;
  logger?: Logger;
  /** Several nodes: share document updates and awareness through Redis pub/sub (REDIS_URL); unset: a single node. */
  redis?: { url: string; channelPrefix?: string };
  /** Also export process metrics (CPU, memory, event loop) on /metrics: once per process. */
  defaultMetrics?: boolean;
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
  /** Stores everything received, closes every socket, unloads every document. */
  close(): Promise<void>;
}

export function createSyncServer(options: SyncServerOptions): SyncServer {
  const log = options.logger ?? defaultLogger;
  const limits: SyncLimits = { ...DEFAULT_LIMITS, ...options.limits };
  // The gauges read these when scraped, after everything below exists.
  const sync: SyncMetrics = new SyncMetrics(
    { loadedDocuments: () => rooms.loadedCount, queueDepth: () => persistence.queueDepth },
    { defaultMetrics: options.defaultMetrics },
  );
  const persistence = new Persistence(options.db, {
    flush(seconds, size) {
      sync.persistSeconds.observe(seconds);
      sync.persistBatch.observe(size);
    },
    load: (seconds) => sync.loadSeconds.observe(seconds),
  });
  const warmUpStarted = performance.now();
  const ready = warmUp({ db: options.db, secret: options.secret }).then(
    () => log.info({ event: "warmed_up", ms: Math.round(performance.now() - warmUpStarted) }),
    (error: unknown) => log.warn({ event: "warm_up_failed", error: String(error) }),
  );
  const hooks: RoomHooks = {
    onUpdate: () => sync.updates.inc(),
    onReadOnlyUpdate: () => sync.readOnlyDropped.inc(),
    onRefusedMessage(room, reason, error) {
      sync.closed.inc({ reason });
      log.warn({ event: "message_refused", document: room.name, reason, error: String(error) });
    },
  };
  let redisErrorLoggedAt = 0;
  const fanout = options.redis
    ? new RedisFanout(options.redis.url, {
        channelPrefix: options.redis.channelPrefix,
        onError: (error) => {
          // Once per 10 s at most: an unreachable Redis reports every retry and every lost publish.
          if (Date.now() - redisErrorLoggedAt < 10_000) return;
          redisErrorLoggedAt = Date.now();
          log.warn({ event: "redis_error", error: String(error) });
        },
        onReconnect: () => {
          log.info({ event: "redis_reconnected" });
          rooms.resync().catch((error: unknown) => log.warn({ event: "redis_resync_failed", error: String(error) }));
        },
      })
    : undefined;
  const rooms = new Rooms(persistence, hooks, fanout);
  const isAllowedOrigin = createOriginCheck(options.allowedOrigins);
  const rateLimits = new SyncRateLimits(limits);
  const clientIp = createClientIp(options.trustedProxies);
  // allowSynchronousEvents: false yields to the event loop between messages, so a
  // connection over its message budget is cut off mid-burst and cannot starve others.
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxFrameBytes, allowSynchronousEvents: false });
  const alive = new WeakMap<WebSocket, boolean>();
  let closing = false;
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

  function refuse(request: IncomingMessage, socket: Duplex, refusal: UpgradeRefusal, error?: unknown): void {
    sync.refused.inc({ reason: refusal.code });
    log.info({
      event: "upgrade_refused",
      reason: refusal.code,
      status: refusal.status,
      ip: clientIp(request),
      origin: request.headers.origin,
      url: redactUrl(request.url),
      ...(error ? { error: String(error) } : {}),
    });
    rejectUpgrade(socket, refusal.status, refusal.reason);
  }

  function accept(ws: WebSocket, documentName: string, userId: string): void {
    sync.accepted.inc();
    sync.connections.inc();
    log.debug({ event: "connection_opened", document: documentName, user: userId });
    alive.set(ws, true);
    ws.on("pong", () => alive.set(ws, true));
    ws.on("error", (error: Error & { code?: string }) => {
      const tooBig = error.code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH";
      sync.closed.inc({ reason: tooBig ? "too_big" : "protocol_error" });
      log.warn({ event: "connection_error", document: documentName, user: userId, code: error.code });
      // `ws` has already started the close handshake (1009, 1002…) unless the socket itself failed.
      if (ws.readyState === ws.OPEN) ws.terminate();
    });
    ws.on("close", (code: number) => {
      sync.connections.dec();
      log.debug({ event: "connection_closed", document: documentName, user: userId, code });
    });
  }

  return {
    metrics: sync,
    ready,
    isSyncRequest: (request) => (request.url ?? "").startsWith(`${SYNC_PATH}/`),

    handleUpgrade(request, socket, head) {
      socket.on("error", () => socket.destroy());
      // While closing, clients told 4503 come straight back: send them elsewhere.
      if (closing) return refuse(request, socket, UPGRADE_REFUSAL.shuttingDown);
      (async () => {
        if (!(await rateLimits.allowUpgrade(clientIp(request)))) return refuse(request, socket, UPGRADE_REFUSAL.rateLimited);
        if (!isAllowedOrigin(request)) return refuse(request, socket, UPGRADE_REFUSAL.forbiddenOrigin);
        const result = await authenticateUpgrade({ request, db: options.db, secret: options.secret });
        if (!result.ok) return refuse(request, socket, result.refusal);
        const { documentName, userId, canWrite } = result.principal;
        const room = await rooms.open(documentName);
        if (socket.destroyed || closing) {
          room.release();
          if (closing) refuse(request, socket, UPGRADE_REFUSAL.shuttingDown);
          return;
        }
        wss.handleUpgrade(request, socket, head, (ws) => {
          accept(ws, documentName, userId);
          const gate = rateLimits.forConnection(() => {
            sync.closed.inc({ reason: "rate_limited" });
            log.warn({ event: "message_rate_limited", document: documentName, user: userId });
            ws.close(CLOSE_CODE.rateLimited, "Too many messages");
          });
          room.join(ws, gate, { canWrite });
        });
      })().catch((error: unknown) => refuse(request, socket, UPGRADE_REFUSAL.serverError, error));
    },

    serveMetrics(response) {
      sync.render().then(
        (body) => response.writeHead(200, { "Content-Type": sync.contentType }).end(body),
        () => response.writeHead(500).end(),
      );
    },

    async close() {
      closing = true;
      clearInterval(heartbeat);
      await rooms.closeAll(CLOSE_CODE.serverShutdown, "Server shutting down");
      await persistence.drain();
      await fanout?.close();
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}

