import { describe, expect, it } from "vitest";
import { formatDocumentName, parseDocumentName } from "./document-name";

describe("document names", () => {
  it("round-trips a transcript document name", () => {
    const name = formatDocumentName({ interviewId: "clx0abc123def", kind: "transcript" });
    expect(name).toBe("interview:clx0abc123def:transcript");
    expect(parseDocumentName(name)).toEqual({ interviewId: "clx0abc123def", kind: "transcript" });
  });

  it.each([
    "",
    "interview:clx0abc123def",
    "interview:clx0abc123def:secrets",
    "interview:../../etc:transcript",
    "interview:CLX0ABC123DEF:transcript",
    "interview:clx0abc123def:transcript?x=1",
    "interview:clx0abc123def:transcript\n",
    "workspace:clx0abc123def:transcript",
  ])("rejects %j", (raw) => {
    expect(parseDocumentName(raw)).toBeNull();
  });

  it("refuses to build a name from an id that could smuggle a path", () => {
    expect(() => formatDocumentName({ interviewId: "a:b", kind: "transcript" })).toThrow(/Invalid interview id/);
  });
});
