import { describe, expect, it } from "vitest";
import { findCustomerStories } from "./find-customer-stories";
import { script } from "./test-helpers";

describe("findCustomerStories", () => {
  const u = script([
    ["interviewer", 0, 3, "Tell me about it."],
    ["customer", 3, 20, "So it started in March when we moved offices"],
    ["interviewer", 20, 21, "Mm-hm."],
    ["customer", 21, 50, "and then the printer broke and nobody knew who owned it"],
    ["interviewer", 50, 55, "Who owned it, in the end?"],
    ["customer", 55, 60, "Facilities, I think."],
  ]);

  it("keeps a story going across a backchannel and ranks by duration", () => {
    const s = findCustomerStories(u);
    expect(s).toHaveLength(2);
    expect(s[0]).toMatchObject({ utteranceIndices: [1, 3], startMs: 3000, endMs: 50_000, durationMs: 47_000, words: 20 });
    expect(s[0].location).toMatchObject({ utteranceIndex: 1, utteranceId: "u1", startMs: 3000, endMs: 50_000 });
    expect(s[1]).toMatchObject({ utteranceIndices: [5], durationMs: 5000, words: 3 });
  });

  it("ends a story at a real interviewer turn", () => {
    const s = findCustomerStories(u, 0);
    expect(s.map((x) => x.utteranceIndices)).toEqual([[3], [1], [5]]);
  });
});
