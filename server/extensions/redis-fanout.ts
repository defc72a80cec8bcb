import type { AccessEvent, AccessEventBus } from "../../lib/interviews/access-events";
import type { Logger } from "../logger";
import { RedisFanout } from "../redis-fanout";
import type { Rooms } from "../rooms";
import type { SyncExtension } from "./types";

/**
 * Several nodes on one database: document updates and awareness travel
 * through Redis pub/sub (server/redis-fanout.ts), and so do access events, so
 * a change made through one node re-decides the connections on every node.
 */
export function redisFanout(options: {
  url: string;
  channelPrefix?: string;
  logger: Logger;
  events: AccessEventBus;
  rooms: () => Rooms;
}): SyncExtension {
  const log = options.logger;
  let errorLoggedAt = 0;
  const fanout = new RedisFanout(options.url, {
    channelPrefix: options.channelPrefix,
    onError: (error) => {
      // Once per 10 s at most: an unreachable Redis reports every retry and every lost publish.
      if (Date.now() - errorLoggedAt < 10_000) return;
      errorLoggedAt = Date.now();
      log.warn({ event: "redis_error", error: String(error) });
    },
    onReconnect: () => {
      log.info({ event: "redis_reconnected" });
      options.rooms().resync().catch((error: unknown) => log.warn({ event: "redis_resync_failed", error: String(error) }));
      // Access events published meanwhile were missed: decide every open connection again.
      options.events.publish({ type: "all-changed" }, { isRemote: true });
    },
  });
  const stopRelaying = options.events.subscribe((event, meta) => {
    if (!meta.isRemote) fanout.publishEvent(new TextEncoder().encode(JSON.stringify(event)));
  });
  const subscribed = fanout.subscribeEvents((data) => {
    const event = parseEvent(data);
    if (event) options.events.publish(event, { isRemote: true });
    else log.warn({ event: "redis_event_malformed" });
  });
  return {
    name: "redis-fanout",
    fanout,
    ready: subscribed.then(() => undefined),
    async onClose() {
      stopRelaying();
      await fanout.close();
    },
  };
}

/** Only well-formed events from other nodes are believed; anything else is dropped. */
function parseEvent(data: Uint8Array): AccessEvent | null {
  try {
    const event = JSON.parse(new TextDecoder().decode(data)) as AccessEvent;
    if (event.type === "interview-changed" && typeof event.interviewId === "string") return { type: event.type, interviewId: event.interviewId };
    if (event.type === "session-ended" && typeof event.sessionId === "string" && typeof event.userId === "string") {
      return { type: event.type, sessionId: event.sessionId, userId: event.userId };
    }
    if (event.type === "all-changed") return { type: event.type };
  } catch {
    // not JSON
  }
  return null;
}
