import { getSessionUser } from "@/lib/auth/server/get-session-user";
import { getDb } from "@/lib/db/get-db";
import { buildReport } from "@/lib/report";
import { renderReportExport, reportFormatSchema } from "@/lib/report/render-report-export";
import { loadReportInput } from "@/lib/report/server/load-report-input";

/** The report as a download: `?format=md|csv|json`. Same rules as the page: blind tags of others only after reveal. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "Sign in to open this interview" }, { status: 401 });
  const format = reportFormatSchema.safeParse(new URL(request.url).searchParams.get("format") ?? "json");
  if (!format.success) return Response.json({ error: "format must be md, csv or json" }, { status: 400 });
  const { id } = await params;
  const loaded = await loadReportInput({ db: await getDb(), userId: user.id, interviewId: id });
  if (!loaded) return Response.json({ error: "No such interview" }, { status: 404 });
  const file = renderReportExport(buildReport(loaded.input, loaded.comparison.visible), format.data, loaded.comparison.note);
  return new Response(file.body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.fileName}"`,
      "cache-control": "no-store",
    },
  });
}
