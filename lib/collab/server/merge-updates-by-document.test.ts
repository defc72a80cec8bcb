import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { mergeUpdatesByDocument } from "./merge-updates-by-document";

function typedUpdates(text: string): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  [...text].forEach((char, i) => doc.getText("t").insert(i, char));
  return updates;
}

function read(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getText("t").toString();
}

describe("mergeUpdatesByDocument", () => {
  it("gives one update per document that holds every keystroke, in first-seen order", async () => {
    const a = typedUpdates("hello");
    const b = typedUpdates("world");
    const interleaved = a.flatMap((update, i) => [
      { name: "a", update },
      { name: "b", update: b[i] },
    ]);
    const merged = await mergeUpdatesByDocument(interleaved);
    expect(merged.map((m) => m.name)).toEqual(["a", "b"]);
    expect(read([merged[0].update])).toBe("hello");
    expect(read([merged[1].update])).toBe("world");
  });

  it("keeps a group it cannot merge as it came, so nothing is lost", async () => {
    const good = typedUpdates("ok");
    const frames = [
      { name: "a", update: good[0] },
      { name: "a", update: new Uint8Array([255, 255, 255]) },
      { name: "a", update: good[1] },
    ];
    const merged = await mergeUpdatesByDocument(frames);
    expect(merged).toHaveLength(3);
    expect(read([merged[0].update, merged[2].update])).toBe("ok");
  });
});
