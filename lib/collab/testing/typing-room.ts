import { Editor } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import { prosemirrorJSONToYXmlFragment } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { getTranscriptExtensions, TRANSCRIPT_FIELD } from "../transcript-extensions";

/** A small seeded PRNG (mulberry32), so a failing interleaving can be replayed from its seed. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (max: number) => Math.floor(next() * max) };
}
export type Random = ReturnType<typeof seededRandom>;

interface Message {
  to: number;
  update: Uint8Array;
  at: number;
}

/**
 * Several real Tiptap editors, each bound to its own Y.Doc with the app's
 * extension list, joined by a simulated network: every update reaches every
 * other person after a random latency, in order per link (as a websocket
 * through the sync server delivers it). Time is simulated, so a seed replays.
 */
export function createTypingRoom(options: { people: number; paragraphs: string[]; random: Random; maxLatency: number }) {
  const { random } = options;
  const docs = Array.from({ length: options.people }, () => new Y.Doc());
  const queue: Message[] = [];
  const lastAt = new Map<string, number>();
  let now = 0;
  const REMOTE = Symbol("remote");
  docs.forEach((doc, from) => {
    doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return;
      docs.forEach((_, to) => {
        if (to === from) return;
        const link = `${from}>${to}`;
        const at = Math.max(lastAt.get(link) ?? 0, now + random.int(options.maxLatency + 1));
        lastAt.set(link, at);
        queue.push({ to, update, at });
      });
    });
  });
  // The transcript exists before anyone types: written once, known to all.
  const seedDoc = new Y.Doc();
  const editorForSchema = new Editor({ extensions: getTranscriptExtensions() });
  prosemirrorJSONToYXmlFragment(
    editorForSchema.schema,
    {
      type: "doc",
      content: options.paragraphs.map((text, i) => ({
        type: "utterance",
        attrs: { speaker: i % 2 ? "Customer" : "Interviewer", role: i % 2 ? "customer" : "interviewer", startMs: i * 1000 },
        content: [{ type: "text", text }],
      })),
    },
    seedDoc.getXmlFragment(TRANSCRIPT_FIELD),
  );
  editorForSchema.destroy();
  const initial = Y.encodeStateAsUpdate(seedDoc);
  docs.forEach((doc) => Y.applyUpdate(doc, initial, REMOTE));
  const editors = docs.map(
    (doc) =>
      new Editor({
        element: document.createElement("div"),
        extensions: [...getTranscriptExtensions(), Collaboration.configure({ document: doc, field: TRANSCRIPT_FIELD })],
      }),
  );

  /** Deliver every message due by `until`, earliest first. */
  const deliver = (until: number) => {
    queue.sort((a, b) => a.at - b.at);
    while (queue.length && queue[0].at <= until) {
      const message = queue.shift()!;
      now = Math.max(now, message.at);
      Y.applyUpdate(docs[message.to], message.update, REMOTE);
    }
  };

  return {
    editors,
    /** The position just inside paragraph `index` at character `offset` of it. */
    positionIn(index: number, offset: number): number {
      let pos = 0;
      for (let i = 0; i < index; i++) pos += editors[0].state.doc.child(i).nodeSize;
      return pos + 1 + offset;
    },
    /** One keystroke as a browser's text input gives it: the character replaces the selection. */
    type(person: number, char: string, at: number) {
      deliver(at);
      now = Math.max(now, at);
      const view = editors[person].view;
      view.dispatch(view.state.tr.insertText(char));
    },
    flush: () => deliver(Number.POSITIVE_INFINITY),
    /** The utterances' texts (StarterKit's trailing empty paragraph left out). */
    paragraphTexts: (person: number) => {
      const texts: string[] = [];
      editors[person].state.doc.forEach((node) => {
        if (node.type.name === "utterance") texts.push(node.textContent);
      });
      return texts;
    },
    destroy: () => editors.forEach((editor) => editor.destroy()),
  };
}
