import type { Node as PmNode } from "@tiptap/pm/model";
import * as Y from "yjs";

/**
 * Span tags point into the transcript with Yjs relative positions, so they
 * stay on the same words while people edit (and collapse when the words are
 * deleted). These functions translate between ProseMirror positions of the
 * editor and relative positions in the transcript's XML fragment, which is
 * the same tree: one top-level element per block, text in Y.XmlText.
 */
export interface SpanAnchor {
  from: unknown;
  to: unknown;
}

export function anchorRange(fragment: Y.XmlFragment, doc: PmNode, from: number, to: number): SpanAnchor | null {
  if (to <= from) return null;
  const start = toYPosition(fragment, doc, from, "start");
  const end = toYPosition(fragment, doc, to, "end");
  if (!start || !end) return null;
  // The start sticks to the first tagged character, the end to the last, so
  // text typed just outside the range stays outside it.
  return {
    from: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(start.text, start.index, 0)),
    to: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(end.text, end.index, -1)),
  };
}

/** The range's ProseMirror positions now, or null when its words are gone or the anchor is malformed. */
export function resolveRange(fragment: Y.XmlFragment, doc: PmNode, anchor: SpanAnchor): { from: number; to: number } | null {
  const ydoc = fragment.doc;
  if (!ydoc) return null;
  try {
    const from = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(anchor.from), ydoc);
    const to = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(anchor.to), ydoc);
    if (!from || !to) return null;
    const pmFrom = toPmPosition(fragment, doc, from.type, from.index);
    const pmTo = toPmPosition(fragment, doc, to.type, to.index);
    return pmFrom != null && pmTo != null && pmTo > pmFrom ? { from: pmFrom, to: pmTo } : null;
  } catch {
    return null;
  }
}

function toYPosition(fragment: Y.XmlFragment, doc: PmNode, pos: number, side: "start" | "end") {
  if (pos < 0 || pos > doc.content.size) return null;
  const $pos = doc.resolve(pos);
  if ($pos.depth !== 1) return null; // only text inside top-level blocks (utterances, paragraphs)
  const block = fragment.get($pos.index(0));
  if (!(block instanceof Y.XmlElement)) return null;
  let offset = $pos.parentOffset;
  const children = block.toArray();
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    const size = child instanceof Y.XmlText ? child.length : 1;
    // At a boundary, the start belongs to the following text, the end to the preceding one.
    const isInside = side === "start" ? offset < size : offset <= size;
    if (child instanceof Y.XmlText && isInside) return { text: child, index: offset };
    offset -= size;
    if (offset < 0) return null;
  }
  return null;
}

function toPmPosition(fragment: Y.XmlFragment, doc: PmNode, type: Y.AbstractType<unknown>, index: number): number | null {
  if (!(type instanceof Y.XmlText) || !(type.parent instanceof Y.XmlElement)) return null;
  const element = type.parent;
  const blockIndex = fragment.toArray().indexOf(element);
  if (blockIndex < 0 || blockIndex >= doc.childCount) return null;
  let offset = index;
  for (const sibling of element.toArray()) {
    if (sibling === type) break;
    offset += sibling instanceof Y.XmlText ? sibling.length : 1;
  }
  let blockStart = 0;
  for (let k = 0; k < blockIndex; k++) blockStart += doc.child(k).nodeSize;
  return blockStart + 1 + offset;
}

/** Index of the transcript block where an anchored range starts now, or null. */
export function findAnchorBlock(fragment: Y.XmlFragment, anchor: SpanAnchor): number | null {
  if (!fragment.doc) return null;
  try {
    const from = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(anchor.from), fragment.doc);
    const element = from?.type instanceof Y.XmlText ? from.type.parent : null;
    const index = element ? fragment.toArray().indexOf(element as Y.XmlElement) : -1;
    return index >= 0 ? index : null;
  } catch {
    return null;
  }
}
