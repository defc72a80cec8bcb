import { z } from "zod";
import { getSessionUser } from "@/lib/auth/server/get-session-user";
import { getDb } from "@/lib/db/get-db";
import { exportInterviewQdpx } from "@/lib/qda/server/export-interview-qdpx";
import { buildReport } from "@/lib/report";
import { renderReportExport, reportFormatSchema } from "@/lib/report/render-report-export";
import { loadReportInput } from "@/lib/report/server/load-report-input";

const exportFormatSchema = z.union([reportFormatSchema, z.literal("qdpx")]);

/**
 * The interview as a download: `?format=md|csv|json` (the report) or `qdpx` (REFI-QDA, for
 * ATLAS.ti, NVivo, MAXQDA, QualCoder…). Same rules as the page: blind tags of others only after reveal.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "Sign in to open this interview" }, { status: 401 });
  const format = exportFormatSchema.safeParse(new URL(request.url).searchParams.get("format") ?? "json");
  if (!format.success) return Response.json({ error: "format must be md, csv, json or qdpx" }, { status: 400 });
  const { id } = await params;
  const db = await getDb();
  if (format.data === "qdpx") {
    const file = await exportInterviewQdpx({ db, userId: user.id, interviewId: id });
    if (!file) return Response.json({ error: "No such interview" }, { status: 404 });
    return new Response(new Uint8Array(file.body), { headers: download("application/vnd.refi-qda+zip", file.fileName) });
  }
  const loaded = await loadReportInput({ db, userId: user.id, interviewId: id });
  if (!loaded) return Response.json({ error: "No such interview" }, { status: 404 });
  const file = renderReportExport(buildReport(loaded.input, loaded.comparison.visible), format.data, loaded.comparison.note, loaded.input.utterances);
  return new Response(file.body, { headers: download(file.contentType, file.fileName) });
}

function download(contentType: string, fileName: string) {
  return { "content-type": contentType, "content-disposition": `attachment; filename="${fileName}"`, "cache-control": "no-store" };
}
