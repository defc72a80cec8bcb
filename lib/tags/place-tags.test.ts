// The room's tag view (createTagPlacer, used by components/tagging/use-tag-view.ts) and the report
// (readReportUtterances + toReportTags + buildReport) put a live tag on the same utterance. They
// used to disagree when the transcript had an utterance typed without timings: the room left it
// out and snapped to its neighbour, the report gave it a time and put the tag on it.
import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { buildUnitTimeline } from "../agreement/unit-timeline";
import { mapTagToUnits } from "../agreement/map-tag-to-units";
import { readTranscriptUtterances } from "../collab/read-transcript-utterances";
import { writeTranscript } from "../collab/transcript-content";
import { TRANSCRIPT_FIELD } from "../collab/transcript-extensions";
import { buildReport } from "../report/build-report";
import { createSpanLocator } from "../report/locate-span-chars";
import { readReportUtterances } from "../report/read-report-utterances";
import { toReportTags } from "../report/to-report-tags";
import { createTagPlacer } from "./place-tags";
import { addTag } from "./tags-document";
import type { StoredTag } from "./tag-types";

const reactionLagMs = 3000;
const callOffsetMs = 10000;

function transcript(): Y.Doc {
  const doc = new Y.Doc();
  writeTranscript(doc, [
    { speaker: "Dana", role: "interviewer", startMs: 0, endMs: 5000, text: "How do you plan the routes today?" },
    { speaker: "Sam", role: "customer", text: "With a spreadsheet, mostly." }, // typed during the call, no timings
    { speaker: "Dana", role: "interviewer", startMs: 20000, endMs: 25000, text: "Walk me through last Monday." },
  ]);
  return doc;
}

const live = (id: string, atMs: number): StoredTag => ({
  id, code: "paraphrase", step: 2, polarity: "+", note: "", createdAt: 0, anchor: { kind: "time", atMs },
});

/** Block index per tag id, as the report's tag rows have it. */
function reportBlocks(doc: Y.Doc, tags: StoredTag[]): Map<string, number | null> {
  const tagsDoc = new Y.Doc();
  tags.forEach((t) => addTag(tagsDoc, t));
  const { utterances } = readReportUtterances(doc);
  const report = buildReport({
    interview: { id: "i", title: "Routes" },
    interviewer: { name: "Dana" },
    buddy: { name: "Bo" },
    utterances,
    interviewerTags: [],
    buddyTags: toReportTags(tagsDoc, createSpanLocator(doc, utterances), callOffsetMs),
    alignment: { reactionLagMs },
  });
  return new Map(report.tags.map((row) => [row.tagId, row.utteranceId == null ? null : Number(row.utteranceId)]));
}

/** The room's placement before this change (use-tag-view.ts): utterances without a start left out. */
function roomBefore(doc: Y.Doc, tag: StoredTag): number | null {
  if (tag.anchor.kind !== "time") return null;
  const units = readTranscriptUtterances(doc).flatMap((u) =>
    u.startMs == null ? [] : [{ id: String(u.index), startMs: u.startMs, endMs: u.endMs ?? u.startMs }],
  );
  if (units.length === 0) return null;
  const aligned = mapTagToUnits(
    { author: "b", code: tag.code, step: tag.step, polarity: tag.polarity, anchor: { kind: "time", atMs: tag.anchor.atMs - callOffsetMs } },
    buildUnitTimeline(units),
    reactionLagMs,
  );
  return aligned.unitIds.length ? Number(aligned.unitIds[0]) : null;
}

describe("live tags in the room and in the report", () => {
  it("land on the same utterance when the one spoken then has no timings (they used to disagree)", () => {
    const doc = transcript();
    // 19 s on the call = 9 s on the transcript; minus the 3 s reaction lag = 6 s, just after the
    // question ended (5 s) and long before the next one (20 s): the untimed reply, filled at 5 s.
    const tag = live("t", 19000);
    expect(reportBlocks(doc, [tag]).get("t")).toBe(1);
    expect(roomBefore(doc, tag)).toBe(0);
    expect(createTagPlacer({ transcriptDoc: doc, reactionLagMs, callOffsetMs })(tag)).toEqual({ blockIndex: 1, atMs: 9000 });
  });

  it("agree at every moment of the call", () => {
    const doc = transcript();
    const tags = Array.from({ length: 81 }, (_, i) => live(`t${i}`, i * 500));
    const report = reportBlocks(doc, tags);
    const room = createTagPlacer({ transcriptDoc: doc, reactionLagMs, callOffsetMs });
    for (const tag of tags) expect([tag.id, room(tag).blockIndex]).toEqual([tag.id, report.get(tag.id)]);
    // the sweep crosses all three utterances and the moments where the two used to part
    expect(new Set(report.values())).toEqual(new Set([0, 1, 2]));
    expect(tags.filter((t) => roomBefore(doc, t) !== report.get(t.id)).length).toBeGreaterThan(0);
  });

  it("agree on a transcript that starts untimed, and on one with no timings at all", () => {
    const doc = new Y.Doc();
    writeTranscript(doc, [
      { speaker: "Dana", role: "interviewer", text: "Thanks for joining." },
      { speaker: "Sam", role: "customer", startMs: 12000, endMs: 18000, text: "Happy to." },
    ]);
    const tags = [live("early", 12000), live("late", 28000)];
    const report = reportBlocks(doc, tags);
    const room = createTagPlacer({ transcriptDoc: doc, reactionLagMs, callOffsetMs });
    expect(tags.map((t) => room(t).blockIndex)).toEqual([report.get("early"), report.get("late")]);
    expect(report.get("early")).toBe(0);
    expect(roomBefore(doc, tags[0])).toBe(1);

    const untimed = new Y.Doc();
    writeTranscript(untimed, [{ speaker: "Dana", role: "interviewer", text: "Notes only." }]);
    expect(createTagPlacer({ transcriptDoc: untimed, reactionLagMs, callOffsetMs })(live("x", 15000)).blockIndex).toBe(reportBlocks(untimed, [live("x", 15000)]).get("x"));
    expect(roomBefore(untimed, live("x", 15000))).toBeNull();
  });

  it("puts a span tag on the block it starts in, as the report does", () => {
    const doc = transcript();
    const block = doc.getXmlFragment(TRANSCRIPT_FIELD).get(1) as Y.XmlElement;
    const text = block.get(0) as Y.XmlText;
    const pos = (i: number) => Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, i));
    const span: StoredTag = { ...live("s", 0), anchor: { kind: "span", from: pos(5), to: pos(16), quote: "spreadsheet" } };
    expect(createTagPlacer({ transcriptDoc: doc, reactionLagMs, callOffsetMs })(span)).toEqual({ blockIndex: 1, atMs: null });
    expect(reportBlocks(doc, [span]).get("s")).toBe(1);
  });

  it("without a transcript, a live tag has no block and keeps its transcript time", () => {
    expect(createTagPlacer({ transcriptDoc: null, reactionLagMs, callOffsetMs })(live("t", 19000))).toEqual({ blockIndex: null, atMs: 9000 });
  });
});
