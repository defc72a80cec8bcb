// The hook alone on real y-protocols awareness (sync-server.test.ts shows a reconnecting
// client to another through a real server).
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import type { Room } from "../room";
import { awarenessRevival } from "./awareness-revival";

/** A room's awareness that saw `client` come and leave (its socket closed), and the update the client resends. */
function leftAndBack() {
  const client = new awarenessProtocol.Awareness(new Y.Doc());
  client.setLocalState({ user: { name: "alice" } });
  const room = new awarenessProtocol.Awareness(new Y.Doc());
  room.setLocalState(null);
  const hello = awarenessProtocol.encodeAwarenessUpdate(client, [client.clientID]);
  awarenessProtocol.applyAwarenessUpdate(room, hello, "socket");
  awarenessProtocol.removeAwarenessStates(room, [client.clientID], "left");
  return { client, room, resent: awarenessProtocol.encodeAwarenessUpdate(client, [client.clientID]) };
}

const transform = (awareness: awarenessProtocol.Awareness, update: Uint8Array) =>
  awarenessRevival().transformAwareness!({ awareness } as Room, update);

describe("awareness revival", () => {
  it("moves a returning client's state past its removal, so it is shown at once, and names it to be told its clock", () => {
    const { client, room, resent } = leftAndBack();
    // As received, the returning state is older than the removal: y-protocols ignores it.
    const stock = leftAndBack();
    awarenessProtocol.applyAwarenessUpdate(stock.room, stock.resent, "socket");
    expect(stock.room.getStates().has(stock.client.clientID)).toBe(false);

    const { update, revived } = transform(room, resent);
    expect(revived).toEqual([client.clientID]);
    awarenessProtocol.applyAwarenessUpdate(room, update, "socket");
    expect(room.getStates().get(client.clientID)).toEqual({ user: { name: "alice" } });
    expect(room.meta.get(client.clientID)!.clock).toBeGreaterThan(client.meta.get(client.clientID)!.clock);
  });

  it("leaves alone updates of clients never seen, newer ones, and a client's own removal", () => {
    const { client, room } = leftAndBack();
    const stranger = new awarenessProtocol.Awareness(new Y.Doc());
    stranger.setLocalState({ user: { name: "bob" } });
    const fromStranger = awarenessProtocol.encodeAwarenessUpdate(stranger, [stranger.clientID]);
    expect(transform(room, fromStranger)).toEqual({ update: fromStranger, revived: [] });

    client.setLocalState({ user: { name: "alice" }, cursor: 1 }); // clock +1: newer than the room's removal
    client.setLocalState({ user: { name: "alice" }, cursor: 2 });
    const newer = awarenessProtocol.encodeAwarenessUpdate(client, [client.clientID]);
    expect(transform(room, newer)).toEqual({ update: newer, revived: [] });

    const gone = leftAndBack();
    gone.client.setLocalState(null);
    const leaving = awarenessProtocol.encodeAwarenessUpdate(gone.client, [gone.client.clientID]);
    expect(transform(gone.room, leaving).revived).toEqual([]);
  });
});
