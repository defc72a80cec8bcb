import * as Y from "yjs";
import { writeTranscript } from "../collab/transcript-content";
import { TRANSCRIPT_FIELD } from "../collab/transcript-extensions";
import { guessSpeakerRoles } from "../review/guess-speaker-roles";
import { addTag } from "../tags/tags-document";
import type { StoredTag } from "../tags/tag-types";
import type { ImportPlan, PlannedPerson } from "./plan-qda-import";

/**
 * The Yjs documents an import stores: the transcript, and one tag document per coder with each
 * coding as a span tag anchored (relative positions) on the same words, as a tag made in the room is.
 */
export function buildImportDocuments(plan: ImportPlan, now = Date.now()): { transcript: Uint8Array; tags: Array<{ person: PlannedPerson; update: Uint8Array; count: number }> } {
  const utterances = plan.source.utterances;
  // Who interviews shows in the first few hundred turns; guessing over two hours of them cost ~150 ms.
  const roles = guessSpeakerRoles(utterances.slice(0, 300).map((u) => ({ speaker: u.speaker, text: u.text })));
  const transcript = new Y.Doc();
  writeTranscript(transcript, utterances.map((u) => ({ speaker: u.speaker, role: roles[u.speaker] ?? null, startMs: u.startMs, endMs: u.endMs, text: u.text })));
  const blocks = transcript.getXmlFragment(TRANSCRIPT_FIELD).toArray();
  const textOf = (index: number) => (blocks[index] as Y.XmlElement).get(0) as Y.XmlText;

  const tags = plan.people.map((person) => {
    const doc = new Y.Doc();
    let count = 0;
    doc.transact(() => {
      person.codings.forEach((c, i) => {
        const created = c.createdAt ? Date.parse(c.createdAt) : NaN;
        const tag: StoredTag = {
          id: `q${c.selectionGuid.replace(/[^0-9A-F]/g, "").slice(0, 20).toLowerCase()}${i.toString(36)}`,
          code: c.code.key,
          step: c.code.step,
          polarity: c.code.polarity,
          note: c.note ?? "",
          // Oldest first keeps the file's order when it carries no dates.
          createdAt: Number.isFinite(created) ? created : now + i,
          anchor: {
            kind: "span",
            from: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(textOf(c.from.utterance), c.from.offset, 0)),
            to: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(textOf(c.to.utterance), c.to.offset, -1)),
            quote: c.text,
          },
        };
        addTag(doc, tag);
        count++;
      });
    });
    return { person, update: Y.encodeStateAsUpdate(doc), count };
  });
  return { transcript: Y.encodeStateAsUpdate(transcript), tags };
}
