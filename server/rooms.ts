import type { Persistence } from "./persistence";
import { Room, type RoomHooks } from "./room";

/**
 * Loaded documents by name. A document is loaded once however many people
 * connect at the same moment, and unloaded after the last one leaves and all
 * of its updates are stored and compacted.
 */
export class Rooms {
  private readonly rooms = new Map<string, Promise<Room>>();
  private readonly unloading = new Map<string, Promise<void>>();

  constructor(
    private readonly persistence: Persistence,
    private readonly hooks: RoomHooks,
  ) {}

  get loadedCount(): number {
    return this.rooms.size;
  }

  /** The loaded room, reserved for one connection: call `join` or `release` on it. */
  async open(name: string): Promise<Room> {
    await this.unloading.get(name);
    let loading = this.rooms.get(name);
    if (!loading) {
      loading = this.persistence.load(name).then((doc) => new Room(name, doc, this.persistence, (r) => this.unload(r), this.hooks));
      this.rooms.set(name, loading);
      loading.catch(() => this.rooms.delete(name));
    }
    const room = await loading;
    room.reserve();
    return room;
  }

  private unload(room: Room): void {
    const done = (async () => {
      await room.settle();
      if (room.size > 0) return; // someone joined while the last writes settled
      this.rooms.delete(room.name);
      room.destroy();
      await this.persistence.compact(room.name).catch(() => undefined);
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
