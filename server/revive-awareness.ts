import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { Awareness } from "y-protocols/awareness";

/**
 * Lets a client that reconnects be seen again at once. When a socket closes,
 * the room removes its clients' presence with a clock one above theirs (so
 * everyone drops it); the client then comes back with its old clock, which
 * y-protocols ignores as stale until the client's renewal up to 15 s later,
 * and its first caret move after that is ignored too. Here, a state for a
 * client whose presence was removed, not newer than the removal, is moved to
 * the clock after it; the caller tells that client its new clock.
 */
export function reviveRemovedStates(awareness: Awareness, update: Uint8Array): { update: Uint8Array; revived: number[] } {
  const decoder = decoding.createDecoder(update);
  const entries: { clientID: number; clock: number; state: string }[] = [];
  const revived: number[] = [];
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    const clientID = decoding.readVarUint(decoder);
    let clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    const removedAt = awareness.meta.get(clientID)?.clock;
    if (state !== "null" && removedAt !== undefined && !awareness.states.has(clientID) && clock <= removedAt) {
      clock = removedAt + 1;
      revived.push(clientID);
    }
    entries.push({ clientID, clock, state });
  }
  if (revived.length === 0) return { update, revived };
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientID, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientID);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return { update: encoding.toUint8Array(encoder), revived };
}
