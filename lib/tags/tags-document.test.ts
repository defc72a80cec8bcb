import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { addTag, deleteTag, listTags, updateTag } from "./tags-document";

describe("tag documents", () => {
  it("add, edit code and note without moving the anchor, and delete; replicas agree", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.on("update", (u: Uint8Array) => Y.applyUpdate(b, u));
    const anchor = { kind: "time" as const, atMs: 4000 };
    addTag(a, { id: "t1", code: "closed-question", step: 1, polarity: "-", note: "", createdAt: 2, anchor });
    addTag(a, { id: "t0", code: "insight", step: 4, polarity: "+", note: "", createdAt: 1, anchor });
    updateTag(a, "t1", { code: "open-question", polarity: "+", note: "on reflection, open" });
    updateTag(a, "missing", { note: "ignored" });
    expect(listTags(b).map((t) => [t.id, t.code, t.polarity, t.note, t.anchor])).toEqual([
      ["t0", "insight", "+", "", anchor],
      ["t1", "open-question", "+", "on reflection, open", anchor],
    ]);
    deleteTag(a, "t0");
    expect(listTags(b).map((t) => t.id)).toEqual(["t1"]);
  });
});
