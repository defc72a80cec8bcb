import { randomBytes } from "node:crypto";
import * as Y from "yjs";

/**
 * A node loading a document from the database may miss what another node has
 * journaled but not yet committed. So, as Hocuspocus's Redis extension does, it
 * sends its state vector to the nodes that have the document loaded and merges
 * their answers (what it lacks) before serving its first client.
 */
const ID_BYTES = 8;
/** A node that does not answer in this time (gone, or Redis slow) is not waited for longer. */
export const PEER_ANSWER_TIMEOUT_MS = 1_000;
const EMPTY_UPDATE = new Uint8Array([0, 0]);

export interface PeerQuery {
  readonly message: Uint8Array;
  /** Takes a syncAnswer message; true when it answered this query. */
  receive(answer: Uint8Array): boolean;
  /** Once all have answered or the time is up: the stored state with every answer merged, and the answers that held something. */
  readonly merged: Promise<{ state: Uint8Array | null; answers: Uint8Array[]; missing: number }>;
}

export function createPeerQuery(options: { stored: Uint8Array | null; peers: number; timeoutMs?: number }): PeerQuery {
  const id = randomBytes(ID_BYTES);
  const stateVector = options.stored ? Y.encodeStateVectorFromUpdate(options.stored) : Y.encodeStateVector(new Y.Doc());
  const answers: Uint8Array[] = [];
  let finish!: () => void;
  const answered = new Promise<void>((resolve) => (finish = resolve));
  const timer = setTimeout(finish, options.timeoutMs ?? PEER_ANSWER_TIMEOUT_MS);
  return {
    message: concat(id, stateVector),
    receive(answer) {
      if (answer.length < ID_BYTES || !id.equals(answer.subarray(0, ID_BYTES))) return false;
      answers.push(answer.slice(ID_BYTES));
      if (answers.length >= options.peers) finish();
      return true;
    },
    merged: answered.then(() => {
      clearTimeout(timer);
      const held = answers.filter((a) => !isEmpty(a));
      const parts = [...(options.stored ? [options.stored] : []), ...held];
      const state = parts.length === 0 ? null : parts.length === 1 ? parts[0] : Y.mergeUpdates(parts);
      return { state, answers: held, missing: Math.max(0, options.peers - answers.length) };
    }),
  };
}

/**
 * The answer to another node's query: what this node has beyond its state
 * vector, from the loaded document, or (while the document is loading or
 * unloading here) from what this node journaled and has not committed yet.
 */
export function answerPeerQuery(query: Uint8Array, have: { stateSince?(stateVector: Uint8Array): Uint8Array; uncommitted: Uint8Array[] }): Uint8Array {
  const id = query.subarray(0, ID_BYTES);
  const stateVector = query.subarray(ID_BYTES);
  let update: Uint8Array = EMPTY_UPDATE;
  if (have.stateSince) update = have.stateSince(stateVector);
  else if (have.uncommitted.length > 0) update = Y.diffUpdate(Y.mergeUpdates(have.uncommitted), stateVector);
  return concat(id, update);
}

function isEmpty(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
