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
  // Every caret move passes here: the states are skipped, not decoded (applying the update decodes them once).
  const decoder = decoding.createDecoder(update);
  const revived: number[] = [];
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    const clientID = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const length = decoding.readVarUint(decoder);
    const isNull = length === 4 && isNullState(update, decoder.pos);
    decoder.pos += length;
    if (decoder.pos > update.length) throw new Error("awareness update ends inside a state");
    const removedAt = awareness.meta.get(clientID)?.clock;
    if (!isNull && removedAt !== undefined && !awareness.states.has(clientID) && clock <= removedAt) revived.push(clientID);
  }
  if (revived.length === 0) return { update, revived };
  return { update: rewriteClocks(awareness, update, new Set(revived)), revived };
}

/** The JSON "null" (a removal): the four bytes n, u, l, l. */
function isNullState(bytes: Uint8Array, at: number): boolean {
  return bytes[at] === 0x6e && bytes[at + 1] === 0x75 && bytes[at + 2] === 0x6c && bytes[at + 3] === 0x6c;
}

/** The same update with each revived client's clock moved to the one after its removal. */
function rewriteClocks(awareness: Awareness, update: Uint8Array, revived: Set<number>): Uint8Array {
  const decoder = decoding.createDecoder(update);
  const encoder = encoding.createEncoder();
  const count = decoding.readVarUint(decoder);
  encoding.writeVarUint(encoder, count);
  for (let i = 0; i < count; i++) {
    const clientID = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    encoding.writeVarUint(encoder, clientID);
    encoding.writeVarUint(encoder, revived.has(clientID) ? awareness.meta.get(clientID)!.clock + 1 : clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}
