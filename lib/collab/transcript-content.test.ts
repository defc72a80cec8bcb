import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { readTranscriptUtterances } from "./read-transcript-utterances";
import { readTranscriptText, writeTranscript } from "./transcript-content";
import { TRANSCRIPT_FIELD } from "./transcript-extensions";

describe("transcript content", () => {
  it("writes one utterance block per utterance with speaker and timing, and reads the text back", () => {
    const doc = new Y.Doc();
    writeTranscript(doc, [
      { speaker: "Ana", role: "interviewer", startMs: 0, endMs: 4000, text: "Tell me about the last time you planned a trip." },
      { speaker: "Sam", role: "customer", startMs: 4000, endMs: 9000, text: "Last March I booked everything myself." },
    ]);
    expect(readTranscriptText(doc)).toBe(
      "Tell me about the last time you planned a trip.\nLast March I booked everything myself.",
    );
    const first = doc.getXmlFragment(TRANSCRIPT_FIELD).get(0) as Y.XmlElement;
    expect(first.nodeName).toBe("utterance");
    expect(first.getAttributes()).toMatchObject({ speaker: "Ana", role: "interviewer", startMs: 0, endMs: 4000 });
  });

  it("replaces the previous transcript instead of appending to it", () => {
    const doc = new Y.Doc();
    writeTranscript(doc, [{ speaker: "A", text: "old" }]);
    writeTranscript(doc, [{ speaker: "B", text: "new" }]);
    expect(readTranscriptText(doc)).toBe("new");
  });
});

describe("reading utterances back", () => {
  it("returns speaker, role, timing and text of each utterance block, with markup-like text intact", () => {
    const doc = new Y.Doc();
    writeTranscript(doc, [
      { speaker: "Ana", role: "interviewer", startMs: 1000, endMs: 2000, text: "Is <b> a tag? Tell me more." },
      { speaker: "Sam", role: null, text: "No timing here." },
    ]);
    expect(readTranscriptUtterances(doc)).toEqual([
      { index: 0, speaker: "Ana", role: "interviewer", startMs: 1000, endMs: 2000, text: "Is <b> a tag? Tell me more." },
      { index: 1, speaker: "Sam", role: "other", startMs: null, endMs: null, text: "No timing here." },
    ]);
    expect(readTranscriptText(doc)).toBe("Is <b> a tag? Tell me more.\nNo timing here.");
  });
});
