// One load-generator process (forked by load.ts): owns a share of the rooms,
// both editors of each, as real y-websocket clients. Latency is measured from
// the moment editor A makes a change to the moment editor B's document has it
// (both in this process, one clock): each local change is stamped by its Yjs
// id (client, clock), and B looks up the ids each remote transaction adds.
import { monitorEventLoopDelay } from "node:perf_hooks";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { addTag, getTagMap, newTagId } from "../../lib/tags/tags-document";
import type { WorkerCommand, WorkerEvent, WorkerRoom } from "./load-protocol";

const LETTERS = "etaoin shrdlu cmfwyp vbgkqjxz";
interface Editor { doc: Y.Doc; provider: WebsocketProvider }
interface Room { editors: Editor[]; stamps: Map<string, { t: number; kind: "text" | "tag" }> }

// y-websocket adds a process "exit" listener per provider.
process.setMaxListeners(0);
const rooms: Room[] = [];
const samples = { text: [] as number[], tag: [] as number[] };
const counts = { sent: 0, seen: 0 };
let measuring = false;
let timers: NodeJS.Timeout[] = [];
const loop = monitorEventLoopDelay({ resolution: 10 });
const send = (event: WorkerEvent) => process.send!(event);

function connect(url: string, room: WorkerRoom): Promise<Editor[]> {
  return Promise.all(
    room.tokens.map(
      (token) =>
        new Promise<Editor>((resolve) => {
          const doc = new Y.Doc();
          const provider = new WebsocketProvider(url, room.name, doc, {
            params: token ? { token } : {},
            WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
            disableBc: true,
          });
          provider.awareness.setLocalStateField("user", { name: `editor ${doc.clientID}`, color: "#3b82f6" });
          provider.once("sync", () => resolve({ doc, provider }));
        }),
    ),
  );
}

/** Remote transactions: every (client, clock) they add that a local editor stamped is one sample. */
function observe(room: Room, editor: Editor): void {
  editor.doc.on("afterTransaction", (transaction: Y.Transaction) => {
    if (transaction.local || room.stamps.size === 0) return;
    const now = performance.now();
    transaction.afterState.forEach((after, client) => {
      for (let clock = transaction.beforeState.get(client) ?? 0; clock < after; clock++) {
        const key = `${client}:${clock}`;
        const stamp = room.stamps.get(key);
        if (!stamp) continue;
        room.stamps.delete(key);
        counts.seen++;
        samples[stamp.kind].push(now - stamp.t);
      }
    });
  });
}

function stamp(room: Room, doc: Y.Doc, kind: "text" | "tag", change: () => void): void {
  const key = `${doc.clientID}:${Y.getState(doc.store, doc.clientID)}`;
  const t = performance.now();
  change();
  if (!measuring) return;
  room.stamps.set(key, { t, kind });
  counts.sent++;
}

function type(room: Room, { doc, provider }: Editor): void {
  const text = doc.getText("t");
  const index = Math.floor(Math.random() * (text.length + 1));
  stamp(room, doc, "text", () => text.insert(index, LETTERS[Math.floor(Math.random() * LETTERS.length)]));
  // A caret moves with every keystroke, as the editor's collaboration caret reports it.
  const caret = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, index + 1));
  provider.awareness.setLocalStateField("cursor", { anchor: caret, head: caret });
}

function tag(room: Room, { doc }: Editor): void {
  stamp(room, doc, "tag", () =>
    addTag(doc, {
      id: newTagId(),
      code: "open-question",
      step: 1,
      polarity: "+",
      note: "",
      createdAt: Date.now(),
      anchor: { kind: "time", atMs: getTagMap(doc).size * 10_000 },
    }),
  );
}

/** Every editor types `cps` characters a second and tags every `tagEveryMs`, each at its own random phase. */
function startEditing(cps: number, tagEveryMs: number): void {
  const every = (ms: number, action: () => void) => {
    timers.push(
      setTimeout(() => {
        action();
        timers.push(setInterval(action, ms));
      }, Math.random() * ms),
    );
  };
  for (const room of rooms) {
    for (const editor of room.editors) {
      every(1000 / cps, () => type(room, editor));
      every(tagEveryMs, () => tag(room, editor));
    }
  }
}

process.on("message", async (command: WorkerCommand) => {
  if (command.type === "connect") {
    loop.enable();
    // In batches, as people arrive over time rather than all in one tick.
    for (let i = 0; i < command.rooms.length; i += 25) {
      const batch = command.rooms.slice(i, i + 25);
      const connected = await Promise.all(batch.map((room) => connect(command.url, room)));
      for (const editors of connected) {
        const room: Room = { editors, stamps: new Map() };
        editors.forEach((editor) => observe(room, editor));
        rooms.push(room);
      }
    }
    send({ type: "connected" });
  } else if (command.type === "start") {
    startEditing(command.cps, command.tagEveryMs);
    await new Promise((resolve) => setTimeout(resolve, command.warmupMs));
    loop.reset();
    measuring = true;
    await new Promise((resolve) => setTimeout(resolve, command.durationMs));
    measuring = false;
    timers.forEach((timer) => clearTimeout(timer));
    timers = [];
    const loopP99 = Math.max(0, loop.percentile(99) / 1e6 - 10);
    await new Promise((resolve) => setTimeout(resolve, command.graceMs)); // late arrivals still count
    send({ type: "results", text: samples.text, tag: samples.tag, sent: counts.sent, seen: counts.seen, loopP99 });
  } else if (command.type === "leave") {
    for (const room of rooms) for (const { doc, provider } of room.editors) {
      provider.destroy();
      doc.destroy();
    }
    rooms.length = 0;
    send({ type: "left" });
  }
});
