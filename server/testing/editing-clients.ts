import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import { MESSAGE_TYPE } from "../../lib/collab/protocol";
import { connectClient } from "./sync-fixture";

/** A small seeded PRNG (mulberry32), so a failing run can be replayed from its seed. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
  };
}
export type Random = ReturnType<typeof seededRandom>;

/**
 * A y-websocket client that remembers every document update the server sent
 * it, as sent: the raw sync messages, not the client's own update events,
 * which also carry local consequences (a concurrent map set it lost) of edits
 * the server may never have had.
 */
export function createEditingClient(url: string, documentName: string, token: string) {
  const client = connectClient(url, documentName, token);
  let received: Uint8Array[] = [];
  const record = (event: { data: unknown }) => {
    if (!(event.data instanceof ArrayBuffer)) return;
    const decoder = decoding.createDecoder(new Uint8Array(event.data));
    if (decoding.readVarUint(decoder) !== MESSAGE_TYPE.sync) return;
    if (decoding.readVarUint(decoder) === 0) return; // sync step 1: a state vector, no content
    received.push(decoding.readVarUint8Array(decoder));
    if (received.length > 64) received = [Y.mergeUpdates(received)];
  };
  client.provider.on("status", ({ status }: { status: string }) => {
    if (status === "connected") client.provider.ws?.addEventListener("message", record);
  });
  return {
    ...client,
    /** Everything this client has received from the server, as one update. */
    received: () => Y.mergeUpdates(received),
  };
}
export type EditingClient = ReturnType<typeof createEditingClient>;

const CODES = ["open-question", "closed-question", "paraphrase", "interruption", "insight"] as const;
const LETTERS = "abcdefghijklmnopqrstuvwxyz ";

/** One random edit: type, delete (possibly overlapping others' deletes), add, edit or delete a tag. */
export function randomEdit(doc: Y.Doc, random: Random): void {
  const text = doc.getText("t");
  const tags = doc.getMap<{ code: string; note: string }>("tags");
  const roll = random.next();
  if (roll < 0.55 || text.length === 0) {
    const chars = Array.from({ length: 1 + random.int(4) }, () => random.pick([...LETTERS])).join("");
    text.insert(random.int(text.length + 1), chars);
  } else if (roll < 0.75) {
    const at = random.int(text.length);
    text.delete(at, Math.min(1 + random.int(5), text.length - at));
  } else if (roll < 0.92 || tags.size === 0) {
    tags.set(`tag-${random.int(12)}`, { code: random.pick(CODES), note: random.pick(["", "good", "again", "x"]) });
  } else {
    tags.delete(random.pick([...tags.keys()]));
  }
}

/** What a person sees: the text, the tags and test marks ("marks" map), in a canonical form. */
export function contentOf(doc: Y.Doc): string {
  const sorted = (map: Record<string, unknown>) => Object.fromEntries(Object.keys(map).sort().map((k) => [k, map[k]]));
  return JSON.stringify({
    text: doc.getText("t").toString(),
    tags: sorted(doc.getMap("tags").toJSON()),
    marks: sorted(doc.getMap("marks").toJSON()),
  });
}

export function stateVectorOf(doc: Y.Doc): string {
  return Buffer.from(Y.encodeStateVector(doc)).toString("base64");
}

/**
 * True when everything in `update` (every struct id range and every deleted
 * range) is in `doc`, its pending structs included. Compared on ids rather
 * than by applying it: an update can legitimately hold structs whose
 * dependencies a client never sent (they wait as pending in the server's copy
 * and the stored log alike), which applying would report as missing.
 */
export function containsUpdate(doc: Y.Doc, update: Uint8Array): boolean {
  return missingRanges(doc, update).length === 0;
}

type Ranges = Map<number, [number, number][]>;

function missingRanges(doc: Y.Doc, update: Uint8Array): string[] {
  const have = Y.decodeUpdate(Y.encodeStateAsUpdate(doc));
  const want = Y.decodeUpdate(update);
  const structs: Ranges = new Map();
  for (const s of have.structs) if (!(s instanceof Y.Skip)) add(structs, s.id.client, s.id.clock, s.length);
  const deleted: Ranges = new Map();
  for (const [client, items] of have.ds.clients) for (const d of items) add(deleted, client, d.clock, d.len);
  const missing: string[] = [];
  for (const s of want.structs) {
    if (!(s instanceof Y.Skip) && !covered(structs, s.id.client, s.id.clock, s.length)) {
      missing.push(`struct ${s.id.client}:${s.id.clock}+${s.length}`);
    }
  }
  for (const [client, items] of want.ds.clients) {
    for (const d of items) if (!covered(deleted, client, d.clock, d.len)) missing.push(`delete ${client}:${d.clock}+${d.len}`);
  }
  return missing;
}

function add(ranges: Ranges, client: number, clock: number, length: number): void {
  const list = ranges.get(client) ?? [];
  list.push([clock, clock + length]);
  ranges.set(client, list);
}

function covered(ranges: Ranges, client: number, clock: number, length: number): boolean {
  const sorted = (ranges.get(client) ?? []).slice().sort((a, b) => a[0] - b[0]);
  let reach = clock;
  for (const [start, end] of sorted) {
    if (start > reach) break;
    reach = Math.max(reach, end);
    if (reach >= clock + length) return true;
  }
  return length === 0;
}

/** For failure messages: which ids of `update` are not in `doc`. */
export function describeMissing(doc: Y.Doc, update: Uint8Array): string {
  const missing = missingRanges(doc, update);
  return `${missing.length} ranges missing: ${missing.slice(0, 20).join(", ")}`;
}
