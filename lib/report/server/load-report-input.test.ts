import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { appendDocumentUpdates } from "../../collab/server/document-store";
import { TRANSCRIPT_FIELD } from "../../collab/transcript-extensions";
import { writeTranscript } from "../../collab/transcript-content";
import { acceptBuddyInvite } from "../../interviews/server/accept-buddy-invite";
import { createBuddyInvite } from "../../interviews/server/create-buddy-invite";
import { markDone } from "../../interviews/server/mark-done";
import { addTag } from "../../tags/tags-document";
import type { StoredTag } from "../../tags/tag-types";
import { getTestDatabaseTargets } from "../../testing/test-databases";
import { createInterview } from "../../workspaces/server/create-interview";
import { buildReport } from "../build-report";
import { toCsv } from "../to-csv";
import { loadInterviewerTrend } from "./load-interviewer-trend";
import { loadReportInput } from "./load-report-input";

type Db = Awaited<ReturnType<ReturnType<typeof getTestDatabaseTargets>[number]["open"]>>["prisma"];

const LINES = [
  { speaker: "Jo", role: "interviewer" as const, startMs: 0, endMs: 4000, text: "Walk me through the last time you planned a route." },
  { speaker: "Sam", role: "customer" as const, startMs: 4000, endMs: 12000, text: "Last Tuesday I had forty stops and a broken van." },
  { speaker: "Jo", role: "interviewer" as const, startMs: 12000, endMs: 15000, text: "Would it be better if the app did it for you?" },
  { speaker: "Sam", role: "customer" as const, startMs: 15000, endMs: 30000, text: "I rebuilt the whole plan by hand in a spreadsheet." },
];

/** Writes a document the way the sync server does: its updates appended to the log. */
async function store(db: Db, name: string, doc: Y.Doc) {
  await appendDocumentUpdates({ db, updates: [{ name, update: Y.encodeStateAsUpdate(doc) }] });
}

function spanTag(transcript: Y.Doc, id: string, block: number, words: string, code: string, step: number, polarity: StoredTag["polarity"]): StoredTag {
  const text = (transcript.getXmlFragment(TRANSCRIPT_FIELD).get(block) as Y.XmlElement).get(0) as Y.XmlText;
  const from = text.toString().indexOf(words);
  return {
    id, code, step, polarity, note: "", createdAt: Date.now(),
    anchor: {
      kind: "span",
      from: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, from, 0)),
      to: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, from + words.length, -1)),
      quote: words,
    },
  };
}

async function setup(db: Db) {
  const [jo, bo, owner] = await Promise.all(["jo", "bo", "owner"].map((n) => db.user.create({ data: { email: `${n}@x.test`, name: n, passwordHash: "x" } })));
  const workspace = await db.workspace.create({
    data: { name: "W", memberships: { create: [{ userId: owner.id, role: "owner" }, { userId: jo.id }, { userId: bo.id }] } },
  });
  const interview = await createInterview({ db, userId: jo.id, input: { workspaceId: workspace.id, title: "Route planning" } });
  const { token } = await createBuddyInvite({ db, userId: jo.id, interviewId: interview.id });
  await acceptBuddyInvite({ db, userId: bo.id, token });
  const transcript = new Y.Doc();
  writeTranscript(transcript, LINES);
  await store(db, `interview:${interview.id}:transcript`, transcript);
  const joTags = new Y.Doc();
  addTag(joTags, spanTag(transcript, "j1", 0, "Walk me through", "open-question", 1, "+"));
  addTag(joTags, { id: "j2", code: "held-silence", step: 3, polarity: "+", note: "", createdAt: Date.now(), anchor: { kind: "time", atMs: 20000 } });
  await store(db, `interview:${interview.id}:tags:${jo.id}`, joTags);
  const boTags = new Y.Doc();
  addTag(boTags, spanTag(transcript, "b1", 2, "Would it be better if", "leading-question", 1, "-"));
  addTag(boTags, { ...spanTag(transcript, "b2", 0, "Walk me through the last time", "open-question", 1, "+"), note: "nice opener" });
  await store(db, `interview:${interview.id}:tags:${bo.id}`, boTags);
  return { jo, bo, owner, outsider: await db.user.create({ data: { email: "x@x.test", name: "x", passwordHash: "x" } }), interview };
}

describe.each(getTestDatabaseTargets())("loadReportInput on $name", (target) => {
  it("shows only the viewer's own tags before reveal, both after, and nothing to outsiders", async () => {
    const db = await target.open();
    try {
      const { jo, bo, owner, outsider, interview } = await setup(db.prisma);
      const load = (userId: string) => loadReportInput({ db: db.prisma, userId, interviewId: interview.id });

      expect(await load(outsider.id)).toBeNull();
      expect(await loadReportInput({ db: db.prisma, userId: jo.id, interviewId: "nosuchinterview1" })).toBeNull();

      const before = (await load(jo.id))!;
      expect(before.comparison.isAvailable).toBe(false);
      expect(before.comparison.note).toMatch(/I'm done/);
      expect(before.comparison.visible).toEqual({ interviewer: true, buddy: false });
      expect(before.input.interviewer.name).toBe("jo");
      expect(before.input.buddy.name).toBe("bo");
      expect(before.input.interviewerTags.map((t) => t.id)).toEqual(["j1", "j2"]);
      expect(before.input.buddyTags).toEqual([]);
      expect(before.input.utterances.map((u) => u.id)).toEqual(["0", "1", "2", "3"]);
      // Bo sees only his; the workspace owner sees neither.
      expect((await load(bo.id))!.input.interviewerTags).toEqual([]);
      expect((await load(bo.id))!.input.buddyTags).toHaveLength(2);
      const ownerView = (await load(owner.id))!;
      expect([...ownerView.input.interviewerTags, ...ownerView.input.buddyTags]).toEqual([]);
      // Nothing of Bo's reaches Jo's export either.
      expect(toCsv(buildReport(before.input))).not.toMatch(/leading-question|nice opener/);

      await markDone({ db: db.prisma, userId: jo.id, interviewId: interview.id });
      expect((await load(jo.id))!.input.buddyTags).toEqual([]);
      await markDone({ db: db.prisma, userId: bo.id, interviewId: interview.id });

      const after = (await load(jo.id))!;
      expect(after.comparison).toEqual({ isAvailable: true, note: null, visible: { interviewer: true, buddy: true } });
      expect(after.input.buddyTags.map((t) => t.id)).toEqual(["b1", "b2"]);
      expect((await load(owner.id))!.input.interviewerTags).toHaveLength(2);

      const report = buildReport(after.input);
      // Span anchors land on their words; the leading question is the buddy's blind spot for Jo.
      expect(report.blindSpots.onlyBuddy).toEqual([
        expect.objectContaining({ code: "leading-question", quote: "Would it be better if", speaker: "Jo", atMs: 12000, href: `/interviews/${interview.id}?t=12000&u=2` }),
      ]);
      expect(report.tags.find((t) => t.tagId === "b2")).toMatchObject({ quote: "Walk me through the last time", note: "nice opener", utteranceId: "0" });
      // Machine evidence: the analysis sees the leading question too.
      expect(report.steps[0].machine[0]).toEqual({ label: "Questions open / closed / leading", value: "1 / 0 / 1" });
      expect(report.timeline.machine.map((f) => f.label)).toContain("Leading question");

      // A live tag carries call time: with the recording started 15 s into the call, 20 s of call time is 5 s of transcript.
      await db.prisma.interview.update({ where: { id: interview.id }, data: { callOffsetMs: 15_000 } });
      const shifted = (await load(jo.id))!;
      expect(shifted.input.interviewerTags.find((t) => t.id === "j2")!.anchor).toEqual({ kind: "time", atMs: 5000 });
    } finally {
      await db.drop();
    }
  });

  it("trend: machine figures for every interview, agreement only once revealed, nothing for strangers", async () => {
    const db = await target.open();
    try {
      const { jo, bo, outsider, interview } = await setup(db.prisma);
      expect(await loadInterviewerTrend({ db: db.prisma, viewerId: outsider.id, interviewerId: jo.id })).toBeNull();
      const before = (await loadInterviewerTrend({ db: db.prisma, viewerId: bo.id, interviewerId: jo.id }))!;
      expect(before.interviewer.name).toBe("jo");
      expect(before.points).toEqual([
        expect.objectContaining({ interviewId: interview.id, buddyName: "bo", questions: 2, closedLeadingShare: 0.5, agreement: null, agreementNote: "not revealed yet" }),
      ]);
      expect(before.points[0].talkShare).toBeCloseTo(21 / 41, 6); // 10 + 11 interviewer words, 10 + 10 customer words
      await markDone({ db: db.prisma, userId: jo.id, interviewId: interview.id });
      await markDone({ db: db.prisma, userId: bo.id, interviewId: interview.id });
      const after = (await loadInterviewerTrend({ db: db.prisma, viewerId: bo.id, interviewerId: jo.id }))!;
      expect(after.points[0].agreement).toMatchObject({ units: 4 });
      expect(after.points[0].agreement!.percent).toBeCloseTo(2 / 4, 6); // agree on 0 and 1; differ on 2 and 3
      // Bo has never been an interviewer: an empty trend, not an error.
      expect((await loadInterviewerTrend({ db: db.prisma, viewerId: jo.id, interviewerId: bo.id }))!.points).toEqual([]);
    } finally {
      await db.drop();
    }
  });
});
