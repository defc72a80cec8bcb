import { describe, expect, it } from "vitest";
import { formatDocumentName, parseDocumentName } from "./document-name";

describe("document names", () => {
  it("round-trips transcript, live and per-person tag document names", () => {
    const transcript = formatDocumentName({ interviewId: "clx0abc123def", kind: "transcript" });
    expect(transcript).toBe("interview:clx0abc123def:transcript");
    expect(parseDocumentName(transcript)).toEqual({ interviewId: "clx0abc123def", kind: "transcript" });
    expect(parseDocumentName("interview:clx0abc123def:live")).toEqual({ interviewId: "clx0abc123def", kind: "live" });
    const tags = formatDocumentName({ interviewId: "clx0abc123def", kind: "tags", ownerId: "cuser0000001" });
    expect(tags).toBe("interview:clx0abc123def:tags:cuser0000001");
    expect(parseDocumentName(tags)).toEqual({ interviewId: "clx0abc123def", kind: "tags", ownerId: "cuser0000001" });
  });

  it.each([
    "",
    "interview:clx0abc123def",
    "interview:clx0abc123def:secrets",
    "interview:clx0abc123def:tags",
    "interview:clx0abc123def:tags:",
    "interview:clx0abc123def:transcript:cuser0000001",
    "interview:clx0abc123def:tags:cuser0000001:extra",
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
    expect(() => formatDocumentName({ interviewId: "clx0abc123def", kind: "tags", ownerId: "x:y" })).toThrow(/Invalid user id/);
  });
});
