import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { containsUpdate } from "./editing-clients";

describe("containsUpdate (the crash test's oracle)", () => {
  it("finds missing inserts and deletes, and accepts what is there, pending structs included", () => {
    const a = new Y.Doc();
    a.getText("t").insert(0, "hello");
    const first = Y.encodeStateAsUpdate(a);
    const vector = Y.encodeStateVector(a);
    a.getText("t").insert(5, " world");
    const second = Y.diffUpdate(Y.encodeStateAsUpdate(a), vector);
    const server = new Y.Doc();
    Y.applyUpdate(server, first);
    expect(containsUpdate(server, first)).toBe(true);
    expect(containsUpdate(server, second)).toBe(false);

    const beforeDelete = Y.encodeStateVector(a);
    a.getText("t").delete(0, 1);
    const deletion = Y.diffUpdate(Y.encodeStateAsUpdate(a), beforeDelete);
    Y.applyUpdate(server, second);
    expect(containsUpdate(server, deletion)).toBe(false);
    Y.applyUpdate(server, deletion);
    expect(containsUpdate(server, deletion)).toBe(true);

    // A later update without its predecessor stays pending, and still counts as held.
    const pendingOnly = new Y.Doc();
    Y.applyUpdate(pendingOnly, second);
    expect(pendingOnly.store.pendingStructs).not.toBeNull();
    expect(containsUpdate(pendingOnly, second)).toBe(true);
    expect(containsUpdate(pendingOnly, first)).toBe(false);
  });
});
