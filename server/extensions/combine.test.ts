import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { UPGRADE_REFUSAL } from "../../lib/collab/protocol";
import type { Persistence } from "../persistence";
import type { RedisFanout } from "../redis-fanout";
import type { Room } from "../room";
import { combineExtensions } from "./combine";
import type { Connection, SyncExtension, UpgradeContext } from "./types";

const storage = {} as Persistence;
const withStorage: SyncExtension = { name: "storage", storage };
const upgrade = (): UpgradeContext => ({ request: {} as IncomingMessage, ip: "127.0.0.1", notes: new Map() });
const connection = {} as Connection;
const room = {} as Room;

describe("combineExtensions", () => {
  it("calls every extension that has a hook, in list order, and skips those without it", async () => {
    const calls: string[] = [];
    const recorder = (name: string): SyncExtension => ({
      name,
      onConnect: () => void calls.push(`${name}.connect`),
      onDisconnect: (_c, code) => void calls.push(`${name}.disconnect ${code}`),
      onUpdate: () => void calls.push(`${name}.update`),
      onServerClosed: (_c, reason) => void calls.push(`${name}.closed ${reason}`),
      onClose: async () => {
        await new Promise((resolve) => setTimeout(resolve, name === "a" ? 20 : 0));
        calls.push(`${name}.close`);
      },
    });
    const all = combineExtensions([recorder("a"), { name: "none" }, withStorage, recorder("b")]);
    all.onConnect(connection);
    all.onUpdate(room);
    all.onServerClosed(connection, "rate_limited");
    all.onDisconnect(connection, 1000);
    await all.onClose(); // one after the other: b waits for a's slower close
    expect(calls).toEqual([
      "a.connect",
      "b.connect",
      "a.update",
      "b.update",
      "a.closed rate_limited",
      "b.closed rate_limited",
      "a.disconnect 1000",
      "b.disconnect 1000",
      "a.close",
      "b.close",
    ]);
  });

  it("the first refusal stops the upgrade: later extensions are not asked; none refusing resolves undefined", async () => {
    const asked: string[] = [];
    const ask = (name: string, answer?: () => Promise<(typeof UPGRADE_REFUSAL)[keyof typeof UPGRADE_REFUSAL] | void>): SyncExtension => ({
      name,
      onUpgrade: async (u) => {
        asked.push(name);
        u.notes.set(name, true);
        return answer?.();
      },
    });
    const slowYes = () => new Promise<void>((resolve) => setTimeout(resolve, 20));
    const refusing = combineExtensions([ask("slow", slowYes), ask("origin", async () => UPGRADE_REFUSAL.forbiddenOrigin), ask("auth"), withStorage]);
    const context = upgrade();
    expect(await refusing.onUpgrade(context)).toBe(UPGRADE_REFUSAL.forbiddenOrigin);
    expect(asked).toEqual(["slow", "origin"]); // awaited in order; "auth" never asked
    expect([...context.notes.keys()]).toEqual(["slow", "origin"]);

    asked.length = 0;
    const passing = combineExtensions([ask("slow", slowYes), ask("auth"), withStorage]);
    expect(await passing.onUpgrade(upgrade())).toBeUndefined();
    expect(asked).toEqual(["slow", "auth"]);
  });

  it("needs exactly one extension that stores documents, and at most one that relays to other nodes", () => {
    expect(() => combineExtensions([{ name: "a" }])).toThrow("exactly one extension must store documents (found 0)");
    expect(() => combineExtensions([withStorage, { name: "again", storage }])).toThrow("found 2");
    const fanout = {} as RedisFanout;
    expect(() => combineExtensions([withStorage, { name: "f1", fanout }, { name: "f2", fanout }])).toThrow("at most one");
    const one = combineExtensions([{ name: "f", fanout }, withStorage]);
    expect(one.storage).toBe(storage);
    expect(one.fanout).toBe(fanout);
    expect(combineExtensions([withStorage]).fanout).toBeUndefined();
  });

  it("chains awareness rewrites (each sees the previous one's output) and gathers every revived client", () => {
    const all = combineExtensions([
      withStorage,
      { name: "x", transformAwareness: (_room, update) => ({ update: Uint8Array.of(...update, 1), revived: [7] }) },
      { name: "y", transformAwareness: (_room, update) => ({ update: Uint8Array.of(...update, 2), revived: [] }) },
      { name: "z", transformAwareness: (_room, update) => ({ update: Uint8Array.of(...update, 3), revived: [9] }) },
    ]);
    expect(all.transformAwareness(room, Uint8Array.of(0))).toEqual({ update: Uint8Array.of(0, 1, 2, 3), revived: [7, 9] });
    const none = combineExtensions([withStorage]);
    const update = Uint8Array.of(5);
    expect(none.transformAwareness(room, update)).toEqual({ update, revived: [] });
  });

  it("is ready once every extension's start-up work is done", async () => {
    let finish!: () => void;
    const all = combineExtensions([withStorage, { name: "slow", ready: new Promise<void>((resolve) => (finish = resolve)) }, { name: "quick", ready: Promise.resolve() }]);
    let ready = false;
    void all.ready.then(() => (ready = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(ready).toBe(false);
    finish();
    await all.ready;
    expect(ready).toBe(true);
  });
});
