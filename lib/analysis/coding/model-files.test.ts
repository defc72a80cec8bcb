import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const read = (name: string) => readFileSync(new URL(`../models/${name}`, import.meta.url));

describe("shipped model files", () => {
  it("stay within 1 MB gzipped together (the room loads them in the browser)", () => {
    const bytes = ["question-coder.json", "reflection-coder.json"].reduce((n, f) => n + gzipSync(read(f)).length, 0);
    expect(bytes).toBeLessThanOrEqual(1_000_000);
  });

  it("say what they were trained on and carry their cross-validated figures", () => {
    for (const f of ["question-coder.json", "reflection-coder.json"]) {
      const m = JSON.parse(read(f).toString("utf8"));
      expect(m).toMatchObject({ version: 1, trainedOn: { conversations: 100 }, crossValidated: { folds: 5 } });
      expect(m.model.classes).toHaveLength(3);
      expect(m.model.bias).toHaveLength(3);
    }
  });
});
