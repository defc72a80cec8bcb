import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import { formatClock } from "../collab/utterance-node";

export interface TimestampedParagraphsOptions {
  /** The call time now, in ms. */
  getCallTime: () => number;
}

/**
 * Live notes: each paragraph remembers the call time at which it was started,
 * so a quote typed during the call can be found on the recording later.
 */
export const TimestampedParagraphs = Extension.create<TimestampedParagraphsOptions>({
  name: "timestampedParagraphs",
  addOptions() {
    return { getCallTime: () => 0 };
  },
  addGlobalAttributes() {
    return [
      {
        types: ["paragraph"],
        attributes: {
          callMs: {
            default: null,
            keepOnSplit: false,
            parseHTML: (element) => (element.dataset.callMs ? Number(element.dataset.callMs) : null),
            renderHTML: (attrs) =>
              attrs.callMs == null ? {} : { "data-call-ms": attrs.callMs, "data-label": formatClock(attrs.callMs as number) },
          },
        },
      },
    ];
  },
  addProseMirrorPlugins() {
    const getCallTime = this.options.getCallTime;
    return [
      new Plugin({
        key: new PluginKey("timestampedParagraphs"),
        appendTransaction(transactions, _old, state) {
          // Only local typing stamps; remote changes arrive already stamped.
          if (!transactions.some((tr) => tr.docChanged && !tr.getMeta(ySyncPluginKey))) return null;
          const tr = state.tr;
          state.doc.forEach((node, pos) => {
            if (node.type.name === "paragraph" && node.attrs.callMs == null && node.textContent.trim()) {
              tr.setNodeMarkup(pos, undefined, { ...node.attrs, callMs: getCallTime() });
            }
          });
          return tr.docChanged ? tr : null;
        },
      }),
    ];
  },
});
