import { z } from "zod";
import { getStepColor } from "../codebook/step-colors";
import { getStepTitle } from "../codebook/step-title";
import type { QdaExportInput, QdaExportTag } from "./interview-to-qda";

// The report's JSON export (GET …/export?format=json) as export input, for `secondear export-qdpx`.

const reportJsonSchema = z.object({
  format: z.literal("secondear-report/1", "not a SecondEar report JSON export (format secondear-report/1)"),
  header: z.object({ interviewId: z.string(), title: z.string(), taggers: z.array(z.object({ who: z.enum(["interviewer", "buddy"]), name: z.string() })) }),
  transcript: z.array(z.object({ id: z.string(), speaker: z.string(), startMs: z.number(), endMs: z.number(), text: z.string() }), "has no transcript (export it again: JSON exports now carry the transcript)"),
  tags: z.array(z.object({ who: z.enum(["interviewer", "buddy"]), tagId: z.string(), code: z.string(), label: z.string(), step: z.number(), utteranceId: z.string().nullable(), quote: z.string(), note: z.string(), mapping: z.string() })),
  agreement: z.object({ reactionLagMs: z.number() }).partial().optional(),
});

export function reportJsonToQda(json: unknown, exportedAt: string): QdaExportInput {
  const parsed = reportJsonSchema.safeParse(json);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join(".") || "file"}: ${i.message}`).join("; "));
  const report = parsed.data;
  const offsets = new Map<string, number>();
  let next = 0;
  for (const u of report.transcript) {
    offsets.set(u.id, next);
    next += u.text.length + 1;
  }
  const byId = new Map(report.transcript.map((u) => [u.id, u]));
  const toTag = (row: (typeof report.tags)[number]): QdaExportTag => {
    const u = row.utteranceId === null ? undefined : byId.get(row.utteranceId);
    const at = u && !row.mapping.startsWith("time") ? u.text.indexOf(row.quote) : -1;
    // A span keeps its words; a live tag (placed by time) covers the utterance it was placed on.
    const anchor: QdaExportTag["anchor"] = u && at >= 0 && row.quote
      ? { kind: "chars", from: offsets.get(u.id)! + at, to: offsets.get(u.id)! + at + row.quote.length }
      : { kind: "utterances", utteranceIds: u ? [u.id] : [] };
    return { id: row.tagId, code: row.code, anchor, ...(row.note ? { note: row.note } : {}) };
  };
  const codes = new Map(report.tags.map((t) => [t.code, { key: t.code, label: t.label, step: t.step, color: getStepColor(t.step), description: "" }]));
  const steps = [...new Set([...codes.values()].map((c) => c.step))];
  return {
    interview: { id: report.header.interviewId, title: report.header.title, workspaceId: report.header.interviewId },
    utterances: report.transcript.map((u) => ({ ...u, charStart: offsets.get(u.id) })),
    people: report.header.taggers.map((t) => ({ userId: `${report.header.interviewId}:${t.who}`, name: t.name, tags: report.tags.filter((r) => r.who === t.who).map(toTag) })),
    steps: steps.map((id) => ({ id, title: getStepTitle(id), color: getStepColor(id) })),
    codes: [...codes.values()],
    recording: null,
    reactionLagMs: report.agreement?.reactionLagMs ?? 3000,
    exportedAt,
  };
}
