import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { EditorView } from "@tiptap/pm/view";
import type * as Y from "yjs";
import { resolveRange, type SpanAnchor } from "@/lib/tags/span-anchor";

export interface HighlightSpan {
  id: string;
  anchor: SpanAnchor;
  color: string;
  title: string;
}

export interface MarginMarker {
  id: string;
  /** Index of the transcript block the marker sits at. */
  blockIndex: number;
  color: string;
  label: string;
}

export interface TagHighlightsOptions {
  fragment: Y.XmlFragment | null;
  getSpans: () => HighlightSpan[];
  getMarkers: () => MarginMarker[];
  /** A code hotkey pressed while text is selected; return true when it made a tag. */
  onSelectionHotkey: (key: string, view: EditorView) => boolean;
}

export const tagHighlightsKey = new PluginKey<DecorationSet>("tagHighlights");

/** Asks the editor to redraw highlights (tags changed in another document). */
export function refreshTagHighlights(view: EditorView): void {
  view.dispatch(view.state.tr.setMeta(tagHighlightsKey, "refresh"));
}

/** Draws tags on the transcript: span highlights coloured by step, markers for live tags. */
export const TagHighlights = Extension.create<TagHighlightsOptions>({
  name: "tagHighlights",
  addOptions() {
    return { fragment: null, getSpans: () => [], getMarkers: () => [], onSelectionHotkey: () => false };
  },
  addProseMirrorPlugins() {
    const options = this.options;
    const build = (doc: Parameters<typeof resolveRange>[1]) => {
      if (!options.fragment) return DecorationSet.empty;
      const decorations: Decoration[] = [];
      for (const span of options.getSpans()) {
        const range = resolveRange(options.fragment, doc, span.anchor);
        if (!range) continue;
        decorations.push(
          Decoration.inline(range.from, range.to, {
            class: "tag-highlight",
            style: `background-color: ${span.color}26; box-shadow: inset 0 -2px ${span.color};`,
            title: span.title,
            "data-tag-id": span.id,
          }),
        );
      }
      const blockStarts: number[] = [];
      doc.forEach((_node, offset) => blockStarts.push(offset));
      for (const marker of options.getMarkers()) {
        const start = blockStarts[marker.blockIndex];
        if (start == null) continue;
        decorations.push(
          Decoration.widget(start + 1, () => createMarker(marker), { side: -1, key: `marker-${marker.id}`, ignoreSelection: true }),
        );
      }
      return DecorationSet.create(doc, decorations);
    };
    return [
      new Plugin<DecorationSet>({
        key: tagHighlightsKey,
        state: {
          init: (_config, state) => build(state.doc),
          apply: (tr, previous) => (tr.docChanged || tr.getMeta(tagHighlightsKey) ? build(tr.doc) : previous),
        },
        props: {
          decorations: (state) => tagHighlightsKey.getState(state),
          handleKeyDown: (view, event) => {
            if (view.state.selection.empty || event.ctrlKey || event.metaKey || event.altKey) return false;
            return options.onSelectionHotkey(event.key, view);
          },
        },
      }),
    ];
  },
});

function createMarker(marker: MarginMarker): HTMLElement {
  const element = document.createElement("span");
  element.className = "tag-marker";
  element.contentEditable = "false";
  element.style.setProperty("--marker-color", marker.color);
  element.textContent = marker.label;
  element.dataset.tagId = marker.id;
  return element;
}
