import * as Y from "yjs";
import type { TagAnchor } from "../agreement";
import { TRANSCRIPT_FIELD } from "../collab/transcript-extensions";
import type { ReportUtterance } from "./types";

/**
 * Turns span anchors (Yjs relative positions into the transcript) into report anchors: a
 * character range over `utterances` (from `readReportUtterances`), so the quote is exactly the
 * words selected. Build once per transcript, then call per tag.
 */
export function createSpanLocator(doc: Y.Doc, utterances: ReadonlyArray<ReportUtterance>) {
  const blocks = new Map<Y.XmlElement, number>();
  doc.getXmlFragment(TRANSCRIPT_FIELD).toArray().forEach((block, index) => {
    if (block instanceof Y.XmlElement) blocks.set(block, index);
  });
  const byBlock = new Map(utterances.map((u) => [u.id, u]));

  const charAt = (json: unknown): { block: string; char: number } | null => {
    try {
      const abs = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(json), doc);
      const text = abs?.type;
      if (!abs || !(text instanceof Y.XmlText) || !(text.parent instanceof Y.XmlElement)) return null;
      const index = blocks.get(text.parent);
      const u = index === undefined ? undefined : byBlock.get(String(index));
      if (!u || u.charStart === undefined) return null;
      let offset = abs.index;
      for (const sibling of text.parent.toArray()) {
        if (sibling === text) break;
        offset += sibling instanceof Y.XmlText ? sibling.length : 1;
      }
      return { block: u.id, char: u.charStart + Math.min(offset, u.text.length) };
    } catch {
      return null;
    }
  };

  /** The anchor to report; an empty utterance list (unmapped) when the words are gone. */
  return (anchor: { from: unknown; to: unknown }): TagAnchor => {
    const from = charAt(anchor.from);
    const to = charAt(anchor.to);
    if (from && to && to.char > from.char) return { kind: "chars", from: from.char, to: to.char };
    if (from) return { kind: "utterances", utteranceIds: [from.block] };
    return { kind: "utterances", utteranceIds: [] };
  };
}
