import { getSchema } from "@tiptap/core";
import { prosemirrorJSONToYXmlFragment } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { readBlockText } from "./read-block-text";
import { getTranscriptExtensions, TRANSCRIPT_FIELD } from "./transcript-extensions";
import type { SpeakerRole } from "./utterance-node";

export interface TranscriptUtterance {
  speaker: string;
  role?: SpeakerRole | null;
  startMs?: number | null;
  endMs?: number | null;
  text: string;
}

let schema: ReturnType<typeof getSchema> | undefined;
function getTranscriptSchema() {
  schema ??= getSchema(getTranscriptExtensions());
  return schema;
}

/** Writes utterances into a document's transcript, replacing what was there, in one transaction. */
export function writeTranscript(doc: Y.Doc, utterances: TranscriptUtterance[]): void {
  const json = {
    type: "doc",
    content: utterances.map((u) => ({
      type: "utterance",
      attrs: { speaker: u.speaker, role: u.role ?? null, startMs: u.startMs ?? null, endMs: u.endMs ?? null },
      content: u.text ? [{ type: "text", text: u.text }] : [],
    })),
  };
  doc.transact(() => {
    const fragment = doc.getXmlFragment(TRANSCRIPT_FIELD);
    fragment.delete(0, fragment.length);
    prosemirrorJSONToYXmlFragment(getTranscriptSchema(), json, fragment);
  });
}

/** The transcript as plain text, one block per line (for tests, search and exports). */
export function readTranscriptText(doc: Y.Doc): string {
  return doc
    .getXmlFragment(TRANSCRIPT_FIELD)
    .toArray()
    .map((block) => (block instanceof Y.XmlElement ? readBlockText(block) : ""))
    .join("\n");
}
