import { getStepColor } from "../../codebook/step-colors";
import { getStepTitle } from "../../codebook/step-title";
import type { PrismaClient } from "../../db/open-database";
import { loadReportInput } from "../../report/server/load-report-input";
import { interviewToQda } from "../interview-to-qda";
import { writeQdpx } from "../write-qdpx";

/**
 * The interview as a .qdpx for `userId`, or null when they are not a member (same as the report).
 * Tags come through `loadReportInput`, so another person's tags are in it only when the viewer
 * may read their tag document, exactly as in the Markdown, CSV and JSON exports.
 */
export async function exportInterviewQdpx(options: { db: PrismaClient; userId: string; interviewId: string; now?: Date }) {
  const { db, userId, interviewId } = options;
  const loaded = await loadReportInput({ db, userId, interviewId });
  if (!loaded || !loaded.context.capabilities.canExport) return null;
  const { context, input } = loaded;
  const recording = await db.recording.findUnique({ where: { interviewId }, select: { fileName: true, mimeType: true, offsetMs: true } });
  const tagsOf = (role: "interviewer" | "buddy") => (role === "interviewer" ? input.interviewerTags : input.buddyTags);
  const qda = interviewToQda({
    interview: { id: interviewId, title: context.interview.title, workspaceId: context.interview.workspaceId },
    utterances: input.utterances,
    people: context.participants.map((p) => ({
      userId: p.userId,
      name: p.name,
      tags: p.role === "interviewer" || p.role === "buddy" ? tagsOf(p.role) : [],
    })),
    steps: [...new Set(context.codes.map((c) => c.step))].map((id) => ({ id, title: getStepTitle(id), color: getStepColor(id) })),
    codes: context.codes,
    recording,
    reactionLagMs: context.interview.reactionLagMs,
    exportedAt: (options.now ?? new Date()).toISOString(),
    exportedByUserId: userId,
  });
  const slug = context.interview.title.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "interview";
  return { body: writeQdpx(qda), fileName: `secondear-${slug}.qdpx`, skipped: qda.skipped };
}
