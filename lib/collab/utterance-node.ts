import { mergeAttributes, Node } from "@tiptap/core";

export type { SpeakerRole } from "../vocabulary";

/** One transcript utterance: a block of text with who said it and when. */
export const UtteranceNode = Node.create({
  name: "utterance",
  group: "block",
  content: "inline*",
  defining: true,

  addAttributes() {
    const attribute = (htmlName: string, parse: (value: string | null) => unknown) => ({
      default: null,
      parseHTML: (element: HTMLElement) => parse(element.getAttribute(htmlName)),
    });
    const text = (value: string | null) => value;
    const number = (value: string | null) => (value == null ? null : Number(value));
    return {
      speaker: { ...attribute("data-speaker", text), renderHTML: (a) => ({ "data-speaker": a.speaker }) },
      role: { ...attribute("data-role", text), renderHTML: (a) => ({ "data-role": a.role }) },
      startMs: { ...attribute("data-start-ms", number), renderHTML: (a) => ({ "data-start-ms": a.startMs }) },
      endMs: { ...attribute("data-end-ms", number), renderHTML: (a) => ({ "data-end-ms": a.endMs }) },
    };
  },

  parseHTML() {
    return [{ tag: "p[data-speaker]" }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const start = node.attrs.startMs as number | null;
    const label = `${node.attrs.speaker ?? "Unknown"}${start == null ? "" : ` · ${formatClock(start)}`}`;
    return ["p", mergeAttributes(HTMLAttributes, { class: "utterance", "data-label": label }), 0];
  },
});

export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(h ? 2 : 1, "0");
  return `${h ? `${h}:` : ""}${mm}:${String(s).padStart(2, "0")}`;
}
