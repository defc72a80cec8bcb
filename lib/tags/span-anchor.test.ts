import { getSchema } from "@tiptap/core";
import { yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import fc from "fast-check";
import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { writeTranscript } from "../collab/transcript-content";
import { getTranscriptExtensions, TRANSCRIPT_FIELD } from "../collab/transcript-extensions";
import { anchorRange, findAnchorBlock, resolveRange, type SpanAnchor } from "./span-anchor";

const schema = getSchema(getTranscriptExtensions());

function pmDoc(doc: Y.Doc) {
  return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(TRANSCRIPT_FIELD), schema);
}

function setup() {
  const a = new Y.Doc();
  writeTranscript(a, [
    { speaker: "Ana", role: "interviewer", startMs: 0, endMs: 3000, text: "pre alpha beta gamma post" },
    { speaker: "Sam", role: "customer", startMs: 3000, endMs: 6000, text: "second block of words" },
  ]);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return { a, b };
}

function covered(doc: Y.Doc, anchor: SpanAnchor): string | null {
  const node = pmDoc(doc);
  const range = resolveRange(doc.getXmlFragment(TRANSCRIPT_FIELD), node, anchor);
  return range ? node.textBetween(range.from, range.to, "\n") : null;
}

function textAt(doc: Y.Doc, block: number): Y.XmlText {
  return (doc.getXmlFragment(TRANSCRIPT_FIELD).get(block) as Y.XmlElement).get(0) as Y.XmlText;
}

/** ProseMirror positions of `needle` in the document (first block that has it). */
function find(doc: Y.Doc, needle: string): [number, number] {
  let found: [number, number] | null = null;
  pmDoc(doc).descendants((node, pos) => {
    if (found || !node.isText) return !found;
    const i = node.text!.indexOf(needle);
    if (i >= 0) found = [pos + i, pos + i + needle.length];
    return false;
  });
  if (!found) throw new Error(`not found: ${needle}`);
  return found;
}

describe("span anchors", () => {
  it("translate editor positions both ways and stay on the same words through edits", () => {
    const { a } = setup();
    const [from, to] = find(a, "alpha beta gamma");
    const anchor = anchorRange(a.getXmlFragment(TRANSCRIPT_FIELD), pmDoc(a), from, to)!;
    expect(covered(a, anchor)).toBe("alpha beta gamma");
    textAt(a, 0).insert(0, "So. ");
    textAt(a, 0).insert(textAt(a, 0).length, " end");
    textAt(a, 0).insert(8, "X"); // right before "alpha": outside
    expect(covered(a, anchor)).toBe("alpha beta gamma");
  });

  it("spans several utterances", () => {
    const { a } = setup();
    const [from] = find(a, "gamma");
    const [, to] = find(a, "second block");
    const anchor = anchorRange(a.getXmlFragment(TRANSCRIPT_FIELD), pmDoc(a), from, to)!;
    expect(covered(a, anchor)).toBe("gamma post\nsecond block");
    expect(findAnchorBlock(a.getXmlFragment(TRANSCRIPT_FIELD), anchor)).toBe(0);
    const [secondFrom, secondTo] = find(a, "block of");
    const second = anchorRange(a.getXmlFragment(TRANSCRIPT_FIELD), pmDoc(a), secondFrom, secondTo)!;
    expect(findAnchorBlock(a.getXmlFragment(TRANSCRIPT_FIELD), second)).toBe(1);
  });

  it("shrinks with deletions inside and collapses when all its words are gone", () => {
    const { a } = setup();
    const [from, to] = find(a, "alpha beta");
    const anchor = anchorRange(a.getXmlFragment(TRANSCRIPT_FIELD), pmDoc(a), from, to)!;
    textAt(a, 0).delete(4, 6); // "alpha "
    expect(covered(a, anchor)).toBe("beta");
    textAt(a, 0).delete(4, 4);
    expect(covered(a, anchor)).toBeNull();
  });

  it("ignores a malformed anchor instead of failing", () => {
    const { a } = setup();
    expect(resolveRange(a.getXmlFragment(TRANSCRIPT_FIELD), pmDoc(a), { from: "garbage", to: 42 })).toBeNull();
  });

  it("survive random concurrent edits around them on two replicas, which then agree", () => {
    const edit = fc.record({
      block: fc.constantFrom(0, 1),
      op: fc.constantFrom("insert", "delete"),
      offset: fc.nat(),
      text: fc.string({ minLength: 1, maxLength: 4 }),
      replica: fc.constantFrom(0, 1),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        const { a, b } = setup();
        const [from, to] = find(a, "alpha beta gamma");
        const anchor = anchorRange(a.getXmlFragment(TRANSCRIPT_FIELD), pmDoc(a), from, to)!;
        for (const e of edits) {
          const doc = e.replica === 0 ? a : b;
          const text = textAt(doc, e.block);
          // Edits land anywhere except inside the tagged words.
          const node = pmDoc(doc);
          const range = resolveRange(doc.getXmlFragment(TRANSCRIPT_FIELD), node, anchor)!;
          const span = e.block === 0 ? [range.from - 1, range.to - 1] : [0, 0];
          const allowed = [...Array(text.length + 1).keys()].filter((i) => e.block === 1 || i <= span[0] || i >= span[1]);
          const at = allowed[e.offset % allowed.length];
          if (e.op === "insert") text.insert(at, e.text);
          else {
            const limit = e.block === 0 && at <= span[0] ? span[0] - at : text.length - at;
            if (limit > 0) text.delete(at, Math.min(limit, e.text.length));
          }
        }
        Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
        Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
        expect(textAt(a, 0).toString()).toBe(textAt(b, 0).toString());
        expect(covered(a, anchor)).toBe("alpha beta gamma");
        expect(covered(b, anchor)).toBe("alpha beta gamma");
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});
