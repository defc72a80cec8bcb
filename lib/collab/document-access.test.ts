import { describe, expect, it } from "vitest";
import { decideDocumentAccess, type AccessFacts } from "./document-access";

const interviewId = "cinterview0001";
const transcript = { interviewId, kind: "transcript" as const };
const live = { interviewId, kind: "live" as const };
const tagsOf = (ownerId: string) => ({ interviewId, kind: "tags" as const, ownerId });
const facts = (overrides: Partial<AccessFacts>): AccessFacts => ({
  userId: "cbuddy0000001",
  workspaceRole: "member",
  participantRole: "buddy",
  blind: true,
  revealed: false,
  ...overrides,
});

describe("document access", () => {
  it("lets members write the transcript and live notes, observers only read, outsiders nothing", () => {
    expect(decideDocumentAccess(transcript, facts({}))).toBe("write");
    expect(decideDocumentAccess(live, facts({ participantRole: null }))).toBe("write");
    expect(decideDocumentAccess(transcript, facts({ participantRole: "observer" }))).toBe("read");
    expect(decideDocumentAccess(live, facts({ participantRole: "observer" }))).toBe("read");
    expect(decideDocumentAccess(transcript, facts({ workspaceRole: null }))).toBe("none");
  });

  it("keeps others' tags private while blind, even from the workspace owner, and read-only after reveal", () => {
    const interviewerTags = tagsOf("cinterviewer01");
    expect(decideDocumentAccess(interviewerTags, facts({}))).toBe("none");
    expect(decideDocumentAccess(interviewerTags, facts({ workspaceRole: "owner", participantRole: null }))).toBe("none");
    expect(decideDocumentAccess(interviewerTags, facts({ revealed: true }))).toBe("read");
    expect(decideDocumentAccess(interviewerTags, facts({ blind: false }))).toBe("read");
    expect(decideDocumentAccess(interviewerTags, facts({ participantRole: "observer", revealed: true }))).toBe("read");
    expect(decideDocumentAccess(interviewerTags, facts({ workspaceRole: null, revealed: true }))).toBe("none");
  });

  it("lets taggers write their own tags only; a former tagger turned observer keeps read access", () => {
    expect(decideDocumentAccess(tagsOf("cbuddy0000001"), facts({}))).toBe("write");
    expect(decideDocumentAccess(tagsOf("cbuddy0000001"), facts({ participantRole: "interviewer" }))).toBe("write");
    expect(decideDocumentAccess(tagsOf("cbuddy0000001"), facts({ participantRole: "observer" }))).toBe("read");
    expect(decideDocumentAccess(tagsOf("cbuddy0000001"), facts({ participantRole: null }))).toBe("read");
  });
});
