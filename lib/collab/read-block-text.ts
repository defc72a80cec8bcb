import * as Y from "yjs";

/** The plain text of a transcript block (or any XML node): inserted strings only, no markup. */
export function readBlockText(node: Y.XmlElement | Y.XmlText): string {
  if (node instanceof Y.XmlText) {
    return node.toDelta().map((op: { insert?: unknown }) => (typeof op.insert === "string" ? op.insert : "")).join("");
  }
  return node.toArray().map((child) => readBlockText(child as Y.XmlElement | Y.XmlText)).join("");
}
