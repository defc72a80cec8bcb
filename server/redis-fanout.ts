import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";

/**
 * What nodes tell each other about a document: a Yjs update one of their
 * clients sent (already stored by that node), an awareness update, a request
 * for everyone's awareness states (a node that just loaded the room), or a
 * loading node's state vector and the others' answers with what it lacks
 * (server/ask-peers.ts).
 */
export type FanoutKind = "update" | "awareness" | "awarenessQuery" | "event" | "syncQuery" | "syncAnswer";
export type FanoutHandler = (kind: FanoutKind, data: Uint8Array) => void;

const KIND_CODES: Record<FanoutKind, number> = { update: 1, awareness: 2, awarenessQuery: 3, event: 4, syncQuery: 5, syncAnswer: 6 };
const KINDS = new Map<number, FanoutKind>(Object.entries(KIND_CODES).map(([kind, code]) => [code, kind as FanoutKind]));
const NODE_BYTES = 8;
const HEADER_BYTES = 1 + NODE_BYTES;

/**
 * Redis pub/sub between sync-server nodes: one publisher and one subscriber
 * connection per node, one channel per loaded document. A message is a 1-byte
 * kind, the sender's random 8-byte node id, then the raw payload; a node
 * ignores its own messages.
 */
export class RedisFanout {
  readonly node = randomBytes(NODE_BYTES);
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly handlers = new Map<string, FanoutHandler>();
  private wasReady = false;

  constructor(
    url: string,
    private readonly options: {
      channelPrefix?: string;
      onError?: (error: unknown) => void;
      /** The subscriber came back after losing Redis: messages sent meanwhile were missed. */
      onReconnect?: () => void;
    } = {},
  ) {
    const onError = (error: unknown) => options.onError?.(error);
    // ioredis' default retries: while Redis is away, commands wait ~20 s, then fail (a room that cannot
    // subscribe does not load; a lost publish is caught up by the other nodes' resync on reconnect).
    const name = `${this.prefix}:${this.node.toString("hex")}`;
    this.publisher = new Redis(url, { connectionName: `${name}:pub` });
    this.subscriber = new Redis(url, { connectionName: `${name}:sub` });
    this.publisher.on("error", onError);
    this.subscriber.on("error", onError);
    this.subscriber.on("ready", () => {
      if (this.wasReady) options.onReconnect?.();
      this.wasReady = true;
    });
    this.subscriber.on("messageBuffer", (channel: Buffer, message: Buffer) => this.receive(channel.toString(), message));
  }

  private get prefix(): string {
    return this.options.channelPrefix ?? "secondear";
  }

  private channel(name: string): string {
    return `${this.prefix}:doc:${name}`;
  }

  /** Resolves once subscribed; the returned function unsubscribes (once, and only this handler). */
  subscribe(name: string, handler: FanoutHandler): Promise<() => Promise<void>> {
    return this.subscribeChannel(this.channel(name), handler);
  }

  /** Access events (lib/interviews/access-events.ts), one channel for the deployment. */
  subscribeEvents(handler: (data: Uint8Array) => void): Promise<() => Promise<void>> {
    return this.subscribeChannel(`${this.prefix}:access`, (kind, data) => kind === "event" && handler(data));
  }

  publishEvent(data: Uint8Array): void {
    this.publishTo(`${this.prefix}:access`, "event", data);
  }

  private async subscribeChannel(channel: string, handler: FanoutHandler): Promise<() => Promise<void>> {
    this.handlers.set(channel, handler);
    await this.subscriber.subscribe(channel);
    return async () => {
      if (this.handlers.get(channel) !== handler) return;
      this.handlers.delete(channel);
      await this.subscriber.unsubscribe(channel);
    };
  }

  /** How many nodes have the document loaded (subscribed to its channel), this one included. */
  async countNodes(name: string): Promise<number> {
    const reply = (await this.publisher.pubsub("NUMSUB", this.channel(name))) as [string, number];
    return Number(reply[1]);
  }

  publish(name: string, kind: FanoutKind, data: Uint8Array): void {
    this.publishTo(this.channel(name), kind, data);
  }

  private publishTo(channel: string, kind: FanoutKind, data: Uint8Array): void {
    const message = Buffer.allocUnsafe(HEADER_BYTES + data.length);
    message[0] = KIND_CODES[kind];
    this.node.copy(message, 1);
    message.set(data, HEADER_BYTES);
    this.publisher.publish(channel, message).catch((error: unknown) => this.options.onError?.(error));
  }

  private receive(channel: string, message: Buffer): void {
    const handler = this.handlers.get(channel);
    if (!handler || message.length < HEADER_BYTES) return;
    if (message.subarray(1, HEADER_BYTES).equals(this.node)) return;
    const kind = KINDS.get(message[0]);
    if (!kind) return;
    handler(kind, new Uint8Array(message.buffer, message.byteOffset + HEADER_BYTES, message.length - HEADER_BYTES));
  }

  /** Sends what is queued and disconnects; never waits long for a Redis that is away. */
  async close(): Promise<void> {
    this.handlers.clear();
    await Promise.all(
      [this.publisher, this.subscriber].map(async (client) => {
        if (client.status === "ready") {
          await Promise.race([client.quit().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
        }
        client.disconnect();
      }),
    );
  }
}
