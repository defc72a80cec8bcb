import * as Y from "yjs";
import { formatDocumentName } from "../../lib/collab/document-name";
import { appendDocumentUpdates, compactDocument } from "../../lib/collab/server/document-store";
import { TRANSCRIPT_FIELD } from "../../lib/collab/transcript-extensions";
import { writeTranscript } from "../../lib/collab/transcript-content";
import type { PrismaClient } from "../../lib/db/open-database";
import { addTag } from "../../lib/tags/tags-document";

export interface Seeded {
  editors: [string, string];
  /** Transcript document names, one per room, per run (disjoint, so every run loads fresh rooms). */
  rooms: string[][];
  /** The 2-hour interview: its transcript and one person's 1,000 tags. */
  longTranscript: string;
  longTags: string;
  /** An interview with nothing stored, to time a fresh process's first connection alone. */
  emptyTranscript: string;
}

const roomId = (run: number, i: number) => `benchr${run}n${String(i).padStart(5, "0")}`;

/** Two editors in one workspace, one interview per room per run, and the stored 2-hour interview. */
export async function seedBench(db: PrismaClient, roomCounts: number[]): Promise<Seeded> {
  const [alice, bob] = await Promise.all(
    ["alice", "bob"].map((name) => db.user.create({ data: { email: `${name}@bench.test`, name, passwordHash: "x" } })),
  );
  const workspace = await db.workspace.create({
    data: { name: "Bench", memberships: { create: [{ userId: alice.id, role: "owner" }, { userId: bob.id, role: "member" }] } },
  });
  const interview = (id: string) => ({ id, workspaceId: workspace.id, title: id, createdById: alice.id });
  const ids = roomCounts.map((count, run) => Array.from({ length: count }, (_, i) => roomId(run, i)));
  await db.interview.createMany({ data: [...ids.flat(), "benchlonginterview", "benchemptyinterview"].map(interview) });
  await db.interviewParticipant.createMany({
    data: [
      { interviewId: "benchlonginterview", userId: alice.id, role: "interviewer" },
      { interviewId: "benchlonginterview", userId: bob.id, role: "buddy" },
    ],
  });
  const longTranscript = formatDocumentName({ interviewId: "benchlonginterview", kind: "transcript" });
  const longTags = formatDocumentName({ interviewId: "benchlonginterview", kind: "tags", ownerId: alice.id });
  await storeLongInterview(db, longTranscript, longTags);
  return {
    editors: [alice.id, bob.id],
    rooms: ids.map((run) => run.map((id) => formatDocumentName({ interviewId: id, kind: "transcript" }))),
    longTranscript,
    longTags,
    emptyTranscript: formatDocumentName({ interviewId: "benchemptyinterview", kind: "transcript" }),
  };
}

const WORDS =
  "so the export takes most of my morning because totals never match and I check every invoice by hand then paste them into a spreadsheet which honestly nobody owns after the plugin broke".split(" ");
const UTTERANCES = 1_500;
const WORDS_PER_UTTERANCE = 12; // 18,000 words
const TAGS = 1_000;

/** A 2-hour transcript (one update, as an import writes it) and 1,000 tags (one update each), compacted. */
async function storeLongInterview(db: PrismaClient, transcriptName: string, tagsName: string): Promise<void> {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const slot = (2 * 60 * 60 * 1000) / UTTERANCES;
  const transcript = new Y.Doc();
  writeTranscript(
    transcript,
    Array.from({ length: UTTERANCES }, (_, i) => ({
      speaker: i % 3 === 0 ? "Ana Ruiz" : "Sam Lee",
      role: i % 3 === 0 ? ("interviewer" as const) : ("customer" as const),
      startMs: Math.round(i * slot),
      endMs: Math.round((i + 0.9) * slot),
      text: Array.from({ length: WORDS_PER_UTTERANCE }, () => WORDS[Math.floor(random() * WORDS.length)]).join(" "),
    })),
  );
  await appendDocumentUpdates({ db, updates: [{ name: transcriptName, update: Y.encodeStateAsUpdate(transcript) }] });

  const blocks = transcript.getXmlFragment(TRANSCRIPT_FIELD).toArray() as Y.XmlElement[];
  const tags = new Y.Doc();
  const updates: Uint8Array[] = [];
  tags.on("update", (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < TAGS; i++) {
    const text = blocks[Math.floor((i * UTTERANCES) / TAGS)].get(0) as Y.XmlText;
    const quote = text.toString().slice(0, 24);
    addTag(tags, {
      id: `t${i.toString(36).padStart(4, "0")}`,
      code: ["open-question", "closed-question", "paraphrase", "interruption", "insight"][i % 5],
      step: 1 + (i % 4),
      polarity: i % 7 === 0 ? "-" : "+",
      note: i % 4 === 0 ? "they check every invoice by hand" : "",
      createdAt: 1_700_000_000_000 + i * 7_200,
      anchor: {
        kind: "span",
        from: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, 0, 0)),
        to: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, quote.length, -1)),
        quote,
      },
    });
  }
  await appendDocumentUpdates({ db, updates: updates.map((update) => ({ name: tagsName, update })) });
  await compactDocument({ db, name: transcriptName });
  await compactDocument({ db, name: tagsName });
}
