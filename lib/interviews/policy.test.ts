import { describe, expect, it } from "vitest";
import { decideCapabilities, decideDocumentAccess, decideSeatChange, type AccessFacts, type Capabilities, type CapabilityFacts } from "./policy";
import { PARTICIPANT_ROLES, type ParticipantRole } from "./roles";

const interviewId = "cinterview0001";
const transcript = { interviewId, kind: "transcript" as const };
const live = { interviewId, kind: "live" as const };
const tagsOf = (ownerId: string) => ({ interviewId, kind: "tags" as const, ownerId });
const facts = (overrides: Partial<AccessFacts>): AccessFacts => ({
  userId: "cbuddy0000001",
  workspaceRole: "member",
  seat: "buddy",
  blind: true,
  revealed: false,
  ...overrides,
});

describe("policy: document access", () => {
  it("lets members write the transcript and live notes, observers only read, outsiders nothing", () => {
    expect(decideDocumentAccess(transcript, facts({}))).toBe("write");
    expect(decideDocumentAccess(live, facts({ seat: null }))).toBe("write");
    expect(decideDocumentAccess(transcript, facts({ seat: "observer" }))).toBe("read");
    expect(decideDocumentAccess(live, facts({ seat: "observer" }))).toBe("read");
    expect(decideDocumentAccess(transcript, facts({ workspaceRole: null }))).toBe("none");
  });

  it("keeps others' tags private while blind, even from the workspace owner, and read-only after reveal", () => {
    const interviewerTags = tagsOf("cinterviewer01");
    expect(decideDocumentAccess(interviewerTags, facts({}))).toBe("none");
    expect(decideDocumentAccess(interviewerTags, facts({ workspaceRole: "owner", seat: null }))).toBe("none");
    expect(decideDocumentAccess(interviewerTags, facts({ revealed: true }))).toBe("read");
    expect(decideDocumentAccess(interviewerTags, facts({ blind: false }))).toBe("read");
    expect(decideDocumentAccess(interviewerTags, facts({ seat: "observer", revealed: true }))).toBe("read");
    expect(decideDocumentAccess(interviewerTags, facts({ workspaceRole: null, revealed: true }))).toBe("none");
  });

  it("lets taggers write their own tags only; a former tagger turned observer keeps read access", () => {
    expect(decideDocumentAccess(tagsOf("cbuddy0000001"), facts({}))).toBe("write");
    expect(decideDocumentAccess(tagsOf("cbuddy0000001"), facts({ seat: "interviewer" }))).toBe("write");
    expect(decideDocumentAccess(tagsOf("cbuddy0000001"), facts({ seat: "observer" }))).toBe("read");
    expect(decideDocumentAccess(tagsOf("cbuddy0000001"), facts({ seat: null }))).toBe("read");
  });
});

const SEATS: (ParticipantRole | null)[] = [...PARTICIPANT_ROLES, null];
const STATES = {
  blind: { blind: true, revealed: false, isDone: false },
  done: { blind: true, revealed: false, isDone: true },
  revealed: { blind: true, revealed: true, isDone: true },
  open: { blind: false, revealed: false, isDone: false },
} as const;
type Cell = { workspaceRole: "owner" | "member" | null; seat: ParticipantRole | null; state: keyof typeof STATES };

function capabilitiesOf(cell: Cell, takenSeats = { interviewer: true, buddy: true }): Capabilities {
  const facts: CapabilityFacts = { userId: "cme000000001", workspaceRole: cell.workspaceRole, seat: cell.seat, ...STATES[cell.state], takenSeats };
  return decideCapabilities(facts);
}

/** One letter per state (blind, done, revealed, open): the capability's value for that state. */
function row(workspaceRole: Cell["workspaceRole"], seat: ParticipantRole | null, read: (c: Capabilities) => boolean | string): string {
  return (Object.keys(STATES) as (keyof typeof STATES)[])
    .map((state) => {
      const value = read(capabilitiesOf({ workspaceRole, seat, state }));
      return typeof value === "string" ? value[0] : value ? "Y" : ".";
    })
    .join("");
}

describe("policy: every capability by workspace role, seat and blind/done/reveal state", () => {
  // Columns: states blind | done | revealed | open. Rows: owner/member × interviewer/buddy/observer/no seat.
  // Document access letters: w(rite) r(ead) n(one).
  const expected: Record<string, Record<string, string>> = {
    transcript: { owner: "wwww wwww rrrr wwww", member: "wwww wwww rrrr wwww" },
    live: { owner: "wwww wwww rrrr wwww", member: "wwww wwww rrrr wwww" },
    ownTags: { owner: "wwww wwww rrrr rrrr", member: "wwww wwww rrrr rrrr" },
    othersTags: { owner: "nnrr nnrr nnrr nnrr", member: "nnrr nnrr nnrr nnrr" },
    canTag: { owner: "YYYY YYYY .... ....", member: "YYYY YYYY .... ...." },
    canMarkDone: { owner: "Y... Y... .... ....", member: "Y... Y... .... ...." },
    canUndoDone: { owner: ".Y.. .Y.. .... ....", member: ".Y.. .Y.. .... ...." },
    canReveal: { owner: "YY.. YY.. YY.. YY..", member: ".... .... .... ...." },
    canSetBlindMode: { owner: "YYYY YYYY YYYY YYYY", member: "YYYY .... .... ...." },
    canSeatOthers: { owner: "YYYY YYYY YYYY YYYY", member: "YYYY .... .... ...." },
    canChangeRecording: { owner: "YYYY YYYY .... YYYY", member: "YYYY YYYY .... YYYY" },
    canSetTiming: { owner: "YYYY YYYY YYYY YYYY", member: "YYYY .... .... ...." },
    canControlClock: { owner: "YYYY YYYY .... YYYY", member: "YYYY YYYY .... YYYY" },
    canSendNudges: { owner: ".... YYYY .... ....", member: ".... YYYY .... ...." },
    canReceiveNudges: { owner: "YYYY .... .... ....", member: "YYYY .... .... ...." },
    canSeeReport: { owner: "YYYY YYYY YYYY YYYY", member: "YYYY YYYY YYYY YYYY" },
    canExport: { owner: "YYYY YYYY YYYY YYYY", member: "YYYY YYYY YYYY YYYY" },
    canDeleteInterview: { owner: "YYYY YYYY YYYY YYYY", member: "YYYY .... .... ...." },
  };
  const read = (name: string) => (c: Capabilities) =>
    name in c.documents ? c.documents[name as keyof Capabilities["documents"]] : (c[name as keyof Capabilities] as boolean);

  for (const [name, byRole] of Object.entries(expected)) {
    it(name, () => {
      for (const workspaceRole of ["owner", "member"] as const) {
        const actual = SEATS.map((seat) => row(workspaceRole, seat, read(name))).join(" ");
        expect(`${workspaceRole}: ${actual}`).toBe(`${workspaceRole}: ${byRole[workspaceRole]}`);
      }
    });
  }

  it("grants nothing at all to someone outside the workspace, whatever seat they held", () => {
    for (const seat of SEATS) {
      for (const state of Object.keys(STATES) as (keyof typeof STATES)[]) {
        const c = capabilitiesOf({ workspaceRole: null, seat, state });
        expect(Object.values(c.documents)).toEqual(["none", "none", "none", "none"]);
        const granted = Object.entries(c).filter(([, v]) => v === true).map(([k]) => k);
        expect(granted).toEqual([]);
        expect(c.canTakeSeat).toEqual({ interviewer: false, buddy: false });
      }
    }
  });

  it("offers only vacant seats one does not already hold", () => {
    const vacant = { interviewer: false, buddy: false };
    expect(capabilitiesOf({ workspaceRole: "member", seat: null, state: "blind" }, vacant).canTakeSeat).toEqual({ interviewer: true, buddy: true });
    expect(capabilitiesOf({ workspaceRole: "member", seat: "buddy", state: "blind" }, { interviewer: false, buddy: true }).canTakeSeat).toEqual({ interviewer: true, buddy: false });
    expect(capabilitiesOf({ workspaceRole: "member", seat: null, state: "blind" }).canTakeSeat).toEqual({ interviewer: false, buddy: false });
  });

  it("seat changes: managers seat anyone and displace holders; others only take vacant seats or step back themselves", () => {
    const member = (seat: ParticipantRole | null): AccessFacts => ({ userId: "cme000000001", workspaceRole: "member", seat, blind: true, revealed: false });
    expect(decideSeatChange(member(null), { isSelf: true, role: "buddy", isTakenByOther: false })).toBe("ok");
    expect(decideSeatChange(member(null), { isSelf: true, role: "buddy", isTakenByOther: true })).toBe("conflict");
    expect(decideSeatChange(member("buddy"), { isSelf: true, role: "observer", isTakenByOther: false })).toBe("ok");
    expect(decideSeatChange(member("buddy"), { isSelf: false, role: "observer", isTakenByOther: false })).toBe("forbidden");
    expect(decideSeatChange(member("interviewer"), { isSelf: false, role: "buddy", isTakenByOther: true })).toBe("ok");
    expect(decideSeatChange({ ...member(null), workspaceRole: "owner" }, { isSelf: false, role: "interviewer", isTakenByOther: true })).toBe("ok");
    expect(decideSeatChange({ ...member(null), workspaceRole: null }, { isSelf: true, role: "buddy", isTakenByOther: false })).toBe("forbidden");
  });
});
