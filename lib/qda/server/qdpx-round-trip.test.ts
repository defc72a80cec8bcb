import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { appendDocumentUpdates } from "../../collab/server/document-store";
import { TRANSCRIPT_FIELD } from "../../collab/transcript-extensions";
import { writeTranscript } from "../../collab/transcript-content";
import { acceptBuddyInvite } from "../../interviews/server/accept-buddy-invite";
import { createBuddyInvite } from "../../interviews/server/create-buddy-invite";
import { markDone } from "../../interviews/server/mark-done";
import { buildReport } from "../../report/build-report";
import { loadReportInput } from "../../report/server/load-report-input";
import { addTag } from "../../tags/tags-document";
import type { StoredTag } from "../../tags/tag-types";
import { getTestDatabaseTargets } from "../../testing/test-databases";
import { createInterview } from "../../workspaces/server/create-interview";
import { buildImportView } from "../build-import-view";
import { readQdpx } from "../read-qda-file";
import { SAMPLE_UTTERANCES } from "../sample-export-input";
import { exportInterviewQdpx } from "./export-interview-qdpx";
import { importQdpx, previewQdpxImport } from "./import-qdpx";

type Db = Awaited<ReturnType<ReturnType<typeof getTestDatabaseTargets>[number]["open"]>>["prisma"];

const LINES = SAMPLE_UTTERANCES.map((u, i) => ({ speaker: u.speaker, role: i % 2 ? ("customer" as const) : ("interviewer" as const), startMs: u.startMs, endMs: u.endMs, text: u.text }));

function spanTag(transcript: Y.Doc, id: string, block: number, words: string, code: string, step: number, polarity: StoredTag["polarity"], note = ""): StoredTag {
  const text = (transcript.getXmlFragment(TRANSCRIPT_FIELD).get(block) as Y.XmlElement).get(0) as Y.XmlText;
  const from = text.toString().indexOf(words);
  if (from < 0) throw new Error(words);
  return {
    id, code, step, polarity, note, createdAt: Date.UTC(2026, 0, 1) + id.charCodeAt(1),
    anchor: {
      kind: "span",
      from: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, from, 0)),
      to: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, from + words.length, -1)),
      quote: words,
    },
  };
}

async function store(db: Db, name: string, doc: Y.Doc) {
  await appendDocumentUpdates({ db, updates: [{ name, update: Y.encodeStateAsUpdate(doc) }] });
}

async function setup(db: Db) {
  const [jo, bo, outsider] = await Promise.all(["Jo", "Bo", "Out"].map((n) => db.user.create({ data: { email: `${n.toLowerCase()}@x.test`, name: n, passwordHash: "x" } })));
  const workspace = await db.workspace.create({ data: { name: "W", memberships: { create: [{ userId: jo.id, role: "owner" }, { userId: bo.id }] } } });
  const interview = await createInterview({ db, userId: jo.id, input: { workspaceId: workspace.id, title: "Route planning — été" } });
  const { token } = await createBuddyInvite({ db, userId: jo.id, interviewId: interview.id });
  await acceptBuddyInvite({ db, userId: bo.id, token });
  const transcript = new Y.Doc();
  writeTranscript(transcript, LINES);
  await store(db, `interview:${interview.id}:transcript`, transcript);
  const joTags = new Y.Doc();
  addTag(joTags, spanTag(transcript, "j1", 0, "Walk me through the last time", "open-question", 1, "+"));
  addTag(joTags, { id: "j2", code: "held-silence", step: 3, polarity: "+", note: "let it breathe ☕", createdAt: Date.UTC(2026, 0, 2), anchor: { kind: "time", atMs: 20000 } });
  addTag(joTags, spanTag(transcript, "j3", 1, "broken van 😩, so I called 田中さん", "insight", 4, "+"));
  await store(db, `interview:${interview.id}:tags:${jo.id}`, joTags);
  const boTags = new Y.Doc();
  addTag(boTags, spanTag(transcript, "b1", 2, "Would it be better if", "leading-question", 1, "-", "classic “leading” one"));
  addTag(boTags, spanTag(transcript, "b2", 0, "Walk me through", "open-question", 1, "+"));
  addTag(boTags, spanTag(transcript, "b3", 3, "café open at 5 a.m. 𠀋 no joke", "insight", 4, "+"));
  await store(db, `interview:${interview.id}:tags:${bo.id}`, boTags);
  return { jo, bo, outsider, workspace, interview };
}

const codingsOf = (bytes: Uint8Array) => buildImportView(readQdpx(bytes)).sources[0].codings.map((c) => [c.userName, c.codeName, c.text]);

describe.each(getTestDatabaseTargets())("REFI-QDA export and import on $name", (target) => {
  it("exports only what the viewer may read, and nothing to outsiders", async () => {
    const db = await target.open();
    try {
      const { jo, bo, outsider, interview } = await setup(db.prisma);
      expect(await exportInterviewQdpx({ db: db.prisma, userId: outsider.id, interviewId: interview.id })).toBeNull();
      const before = (await exportInterviewQdpx({ db: db.prisma, userId: jo.id, interviewId: interview.id }))!;
      expect(before.fileName).toBe("secondear-route-planning-ete.qdpx");
      expect(codingsOf(before.body).map((c) => c[0])).toEqual(["Jo", "Jo", "Jo"]);
      expect(buildImportView(readQdpx(before.body)).users.map((u) => u.name)).toEqual(["Jo", "Bo"]);
      await markDone({ db: db.prisma, userId: jo.id, interviewId: interview.id });
      await markDone({ db: db.prisma, userId: bo.id, interviewId: interview.id });
      const after = (await exportInterviewQdpx({ db: db.prisma, userId: jo.id, interviewId: interview.id }))!;
      expect(codingsOf(after.body)).toContainEqual(["Bo", "Leading question", "Would it be better if"]);
      expect(codingsOf(after.body)).toHaveLength(6);
    } finally {
      await db.drop();
    }
  });

  it("round trip into a fresh workspace: the same people, passages, notes and agreement figures", async () => {
    const db = await target.open();
    try {
      const { jo, bo, interview } = await setup(db.prisma);
      await markDone({ db: db.prisma, userId: jo.id, interviewId: interview.id });
      await markDone({ db: db.prisma, userId: bo.id, interviewId: interview.id });
      // Utterance times travel as the SyncPoints of the recording's transcript (REFI-QDA ties times to media).
      await db.prisma.recording.create({ data: { interviewId: interview.id, fileName: "call.m4a", mimeType: "audio/mp4", size: 1, storageKey: "k", uploadedById: jo.id } });
      const original = buildReport((await loadReportInput({ db: db.prisma, userId: jo.id, interviewId: interview.id }))!.input);
      const file = (await exportInterviewQdpx({ db: db.prisma, userId: jo.id, interviewId: interview.id }))!;

      const ana = await db.prisma.user.create({ data: { email: "ana@y.test", name: "Ana", passwordHash: "x" } });
      const other = await db.prisma.workspace.create({ data: { name: "Elsewhere", memberships: { create: [{ userId: ana.id, role: "owner" }] } } });
      const preview = await previewQdpxImport({ db: db.prisma, userId: ana.id, bytes: file.body, input: { workspaceId: other.id } });
      expect(preview.plan.people.map((p) => [p.name, p.memberId, p.role])).toEqual([["Jo", null, "interviewer"], ["Bo", null, "buddy"]]);
      expect(preview.plan.unmatchedCodes).toEqual([]);
      const result = await importQdpx({ db: db.prisma, userId: ana.id, bytes: file.body, input: { workspaceId: other.id } });
      expect(result.tags).toEqual([{ name: "Jo", role: "interviewer", count: 3 }, { name: "Bo", role: "buddy", count: 3 }]);

      const loaded = (await loadReportInput({ db: db.prisma, userId: ana.id, interviewId: result.interviewId }))!;
      expect(loaded.comparison.isAvailable).toBe(true);
      const imported = buildReport(loaded.input);
      expect(imported.header.taggers.map((t) => [t.name, t.tags])).toEqual([["Jo", 3], ["Bo", 3]]);
      expect(imported.header.title).toBe("Route planning — été");
      const rows = (r: typeof original) => r.tags.map((t) => [t.name, t.code, t.utteranceId, t.note]).sort();
      expect(rows(imported)).toEqual(rows(original));
      expect(imported.tags.find((t) => t.code === "insight" && t.name === "Jo")!.quote).toBe("broken van 😩, so I called 田中さん");
      expect(imported.agreement.overall).toEqual(original.agreement.overall);
      expect(imported.agreement.perStep).toEqual(original.agreement.perStep);
      expect(loaded.input.utterances.map((u) => [u.speaker, u.text, u.startMs])).toEqual(LINES.map((l) => [l.speaker, l.text, l.startMs]));
      // Imported into the workspace they are members of, the coders are those members.
      const home = await importQdpx({ db: db.prisma, userId: jo.id, bytes: file.body, input: { workspaceId: interview.workspaceId } });
      const seats = await db.prisma.interviewParticipant.findMany({ where: { interviewId: home.interviewId }, orderBy: { createdAt: "asc" } });
      expect(seats.map((s) => [s.userId, s.role, s.externalName])).toEqual([[jo.id, "interviewer", null], [bo.id, "buddy", null]]);
    } finally {
      await db.drop();
    }
  });

  it("a file it cannot read, or a request it may not make, stores nothing", async () => {
    const db = await target.open();
    try {
      const { jo, bo, outsider, interview, workspace } = await setup(db.prisma);
      const file = (await exportInterviewQdpx({ db: db.prisma, userId: jo.id, interviewId: interview.id }))!;
      const count = () => db.prisma.interview.count();
      const before = await count();
      await expect(importQdpx({ db: db.prisma, userId: jo.id, bytes: new TextEncoder().encode("<Project name='x'><Users>"), input: { workspaceId: workspace.id, fileName: "x.qde" } })).rejects.toThrow(/x\.qde line 1.*not well-formed/);
      await expect(importQdpx({ db: db.prisma, userId: outsider.id, bytes: file.body, input: { workspaceId: workspace.id } })).rejects.toThrow(/No such workspace/);
      await expect(importQdpx({ db: db.prisma, userId: bo.id, bytes: file.body, input: { workspaceId: workspace.id, addMissingCodes: true } })).rejects.toThrow(/Only the workspace owner/);
      expect(await count()).toBe(before);
      expect(await db.prisma.yDocUpdate.count({ where: { name: { startsWith: "interview:" } } })).toBe(3);
    } finally {
      await db.drop();
    }
  });
});
