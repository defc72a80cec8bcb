import { Extension } from "@tiptap/core";
import type { Node as PmNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet, type EditorView } from "@tiptap/pm/view";
import { formatClock } from "@/lib/collab/utterance-node";
import { findActiveBlock, toTimedBlocks, type TimedBlock } from "@/lib/review/find-active-utterance";
import type { PlaybackBus } from "./playback-bus";
import { followActiveBlock } from "./follow-scroll";

interface PlaybackPluginState {
  blocks: TimedBlock[];
  heads: DecorationSet;
  activePos: number | null;
}

const key = new PluginKey<PlaybackPluginState>("playbackHighlight");

/**
 * Review view of the transcript: each utterance gets a header with the speaker
 * and a timestamp button that seeks the player; the utterance being played is
 * decorated with `is-playing` and, in follow mode, kept in view. Decorations
 * only: nothing here changes the shared document.
 */
export const PlaybackHighlight = Extension.create<{ bus: PlaybackBus | null }>({
  name: "playbackHighlight",
  addOptions: () => ({ bus: null }),
  addProseMirrorPlugins() {
    const bus = this.options.bus;
    if (!bus) return [];
    const build = (doc: PmNode): PlaybackPluginState => {
      const blocks = collectBlocks(doc);
      return { blocks, heads: buildHeads(doc, bus), activePos: findActiveBlock(blocks, bus.transcriptMs)?.pos ?? null };
    };
    return [
      new Plugin<PlaybackPluginState>({
        key,
        state: {
          init: (_, state) => build(state.doc),
          apply(tr, value, _old, state) {
            if (tr.docChanged) return build(state.doc);
            const meta = tr.getMeta(key) as { activePos: number | null } | undefined;
            return meta ? { ...value, activePos: meta.activePos } : value;
          },
        },
        props: {
          // The time buttons are out of the Tab order (one per utterance would put dozens of stops
          // before the palette and nudges): Alt+Enter plays from the utterance the caret is in.
          handleKeyDown(view, event) {
            if (event.key !== "Enter" || !event.altKey) return false;
            const $from = view.state.selection.$from;
            const start = $from.depth >= 1 ? ($from.node(1).attrs.startMs as number | null | undefined) : null;
            if (start == null) return false;
            bus.requestSeek(start);
            return true;
          },
          decorations(state) {
            const { heads, activePos } = key.getState(state)!;
            const node = activePos == null ? null : state.doc.nodeAt(activePos);
            if (activePos == null || !node) return heads;
            return heads.add(state.doc, [Decoration.node(activePos, activePos + node.nodeSize, { class: "is-playing" })]);
          },
        },
        view: (view) => watchPlayback(view, bus),
      }),
    ];
  },
});

function collectBlocks(doc: PmNode): TimedBlock[] {
  const raw: { pos: number; startMs: number | null; endMs: number | null }[] = [];
  doc.forEach((node, pos) => {
    if (node.type.name === "utterance") raw.push({ pos, startMs: node.attrs.startMs ?? null, endMs: node.attrs.endMs ?? null });
  });
  return toTimedBlocks(raw);
}

function buildHeads(doc: PmNode, bus: PlaybackBus): DecorationSet {
  const widgets: Decoration[] = [];
  doc.forEach((node, pos) => {
    if (node.type.name !== "utterance") return;
    const speaker = String(node.attrs.speaker ?? "Unknown");
    const start = node.attrs.startMs as number | null;
    widgets.push(
      Decoration.widget(pos + 1, () => renderHead(speaker, start, bus), {
        side: -1,
        ignoreSelection: true,
        key: `head:${speaker}:${start}`,
        stopEvent: (event) => (event.target as HTMLElement).closest?.(".utterance-time") != null,
      }),
    );
  });
  return DecorationSet.create(doc, widgets);
}

function renderHead(speaker: string, start: number | null, bus: PlaybackBus): HTMLElement {
  const head = document.createElement("span");
  head.className = "utterance-head";
  head.contentEditable = "false";
  const name = head.appendChild(document.createElement("span"));
  name.className = "utterance-speaker";
  name.textContent = speaker;
  if (start != null) {
    const button = head.appendChild(document.createElement("button"));
    button.type = "button";
    button.className = "utterance-time";
    button.tabIndex = -1;
    button.textContent = formatClock(start);
    button.title = `Play from ${formatClock(start)} (Alt+Enter in the utterance)`;
    // Keep focus (and the caret) where it was: seeking is not editing.
    button.addEventListener("mousedown", (event) => event.preventDefault());
    button.addEventListener("click", () => {
      // Outside the editor, let go of whatever button had focus, so space and arrows drive the player next.
      const focused = document.activeElement;
      if (focused instanceof HTMLElement && !focused.closest(".ProseMirror")) focused.blur();
      bus.requestSeek(start);
    });
  }
  return head;
}

function watchPlayback(view: EditorView, bus: PlaybackBus) {
  const follow = followActiveBlock(view.dom, bus);
  const update = () => {
    const state = key.getState(view.state);
    if (!state) return;
    const activePos = findActiveBlock(state.blocks, bus.transcriptMs)?.pos ?? null;
    if (activePos !== state.activePos) view.dispatch(view.state.tr.setMeta(key, { activePos }).setMeta("addToHistory", false));
    if (activePos != null) follow.reveal(view.nodeDOM(activePos) as HTMLElement | null);
  };
  const stop = bus.onTime(update);
  return {
    destroy() {
      stop();
      follow.destroy();
    },
  };
}
