import * as Y from "yjs";
import { readBlockText } from "./read-block-text";
import { TRANSCRIPT_FIELD } from "./transcript-extensions";
import { isSpeakerRole, type SpeakerRole } from "../vocabulary";

export interface DocumentUtterance {
  /** Position among the transcript's blocks. */
  index: number;
  speaker: string;
  role: SpeakerRole;
  startMs: number | null;
  endMs: number | null;
  text: string;
}


/** The utterance blocks of a transcript document, as plain data (other blocks are skipped). */
export function readTranscriptUtterances(doc: Y.Doc): DocumentUtterance[] {
  const result: DocumentUtterance[] = [];
  doc
    .getXmlFragment(TRANSCRIPT_FIELD)
    .toArray()
    .forEach((block, index) => {
      if (!(block instanceof Y.XmlElement) || block.nodeName !== "utterance") return;
      const attrs = block.getAttributes() as Record<string, unknown>;
      const role = isSpeakerRole(attrs.role) ? attrs.role : "other";
      result.push({
        index,
        speaker: typeof attrs.speaker === "string" ? attrs.speaker : "Unknown speaker",
        role,
        startMs: toMs(attrs.startMs),
        endMs: toMs(attrs.endMs),
        text: readBlockText(block),
      });
    });
  return result;
}

function toMs(value: unknown): number | null {
  const n = typeof value === "string" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : null;
}
