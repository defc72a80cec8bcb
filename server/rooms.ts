import * as Y from "yjs";
import type { DocumentStorage } from "./persistence";
import type { FanoutKind, RedisFanout } from "./redis-fanout";
import { Room, type RoomHooks } from "./room";
import { answerPeerQuery, createPeerQuery, type PeerQuery } from "./ask-peers";

/**
 * Loaded documents by name. A document is loaded once however many people
 * connect at the same moment, and unloaded after the last one leaves and all
 * of its updates are stored and compacted.
 */
export class Rooms {
  private readonly rooms = new Map<string, Promise<Room>>();
  private readonly unloading = new Map<string, Promise<void>>();
  /** With Redis: how to stop listening to each loaded room's channel. */
  private readonly unsubscribe = new Map<Room, () => Promise<void>>();

  constructor(
    private readonly persistence: DocumentStorage,
    private readonly hooks: RoomHooks,
    /** Other nodes' changes, when several nodes share the database (REDIS_URL). */
    private readonly fanout?: RedisFanout,
  ) {}

  get loadedCount(): number {
    return this.rooms.size;
  }

  /** The loaded room, reserved for one connection: call `join` or `release` on it. */
  async open(name: string): Promise<Room> {
    await this.unloading.get(name);
    let loading = this.rooms.get(name);
    if (!loading) {
      loading = this.load(name);
      this.rooms.set(name, loading);
      loading.catch(() => this.rooms.delete(name));
    }
    const room = await loading;
    room.reserve();
    return room;
  }

  private async load(name: string): Promise<Room> {
    const fanout = this.fanout;
    if (!fanout) {
      const stored = await this.persistence.read(name);
      return new Room(name, this.persistence, (r) => this.unload(r), this.hooks, undefined, stored);
    }
    // Subscribed before loading, so nothing another node stores meanwhile is missed;
    // what arrives before the room exists is applied once it does (updates are idempotent).
    let room: Room | null = null;
    let query: PeerQuery | null = null;
    const early: [FanoutKind, Uint8Array][] = [];
    const receive = (kind: FanoutKind, data: Uint8Array) => {
      if (kind === "syncAnswer") return void query?.receive(data);
      if (kind === "syncQuery") {
        const loaded = room && !room.isDestroyed ? room : null;
        const have = { stateSince: loaded ? (sv: Uint8Array) => loaded.stateSince(sv) : undefined, uncommitted: this.persistence.uncommitted?.(name) ?? [] };
        return fanout.publish(name, "syncAnswer", answerPeerQuery(data, have));
      }
      if (!room) early.push([kind, data.slice()]);
      else if (kind === "update") room.applyRemoteUpdate(data);
      else if (kind === "awareness") room.applyRemoteAwareness(data);
      else {
        const states = room.localAwareness();
        if (states) fanout.publish(name, "awareness", states);
      }
    };
    const unsubscribe = await fanout.subscribe(name, receive);
    try {
      let stored = await this.persistence.read(name);
      // Nodes that have it loaded may hold updates not yet in the database (their journal): ask them.
      const peers = (await fanout.countNodes(name)) - 1;
      if (peers > 0) {
        query = createPeerQuery({ stored, peers });
        fanout.publish(name, "syncQuery", query.message);
        const result = await query.merged;
        query = null;
        stored = result.state;
        // Kept here too, as relayed updates are (Room.applyRemoteUpdate).
        for (const answer of result.answers) this.persistence.storeRemote?.(name, answer);
      }
      const relay = {
        update: (update: Uint8Array) => fanout.publish(name, "update", update),
        awareness: (update: Uint8Array) => fanout.publish(name, "awareness", update),
      };
      room = new Room(name, this.persistence, (r) => this.unload(r), this.hooks, relay, stored);
    } catch (error) {
      await unsubscribe().catch(() => undefined);
      throw error;
    }
    this.unsubscribe.set(room, unsubscribe);
    for (const [kind, data] of early.splice(0)) receive(kind, data);
    // Clients on other nodes are shown here at once, not at their next awareness renewal.
    fanout.publish(name, "awarenessQuery", new Uint8Array(0));
    return room;
  }

  /** After losing Redis for a while: catch up from the database on what other nodes stored meanwhile. */
  async resync(): Promise<void> {
    const rooms = await Promise.allSettled(this.rooms.values());
    for (const result of rooms) {
      if (result.status !== "fulfilled") continue;
      const room = result.value;
      const stored = await this.persistence.load(room.name);
      room.applyRemoteUpdate(Y.encodeStateAsUpdate(stored), { isStored: true });
      stored.destroy();
    }
  }

  private unload(room: Room): void {
    const done = (async () => {
      await room.settle();
      if (room.size > 0) return; // someone joined while the last writes settled
      this.rooms.delete(room.name);
      room.destroy();
      // Compacting commits what this node journaled first; until then it still answers
      // other nodes' load queries from the journal, so it stays subscribed.
      await this.persistence.compact(room.name).catch(() => undefined);
      const unsubscribe = this.unsubscribe.get(room);
      this.unsubscribe.delete(room);
      await unsubscribe?.().catch(() => undefined);
    })().finally(() => this.unloading.delete(room.name));
    this.unloading.set(room.name, done);
  }

  async closeAll(code: number, reason: string): Promise<void> {
    const rooms = await Promise.all(this.rooms.values());
    await Promise.all(rooms.map((room) => room.closeAll(code, reason)));
    await Promise.all(rooms.map((room) => room.settle()));
    await Promise.all(this.unloading.values());
  }
}
