import { z } from "zod";
import { toCsv } from "./to-csv";
import { toJson } from "./to-json";
import { toMarkdown } from "./to-markdown";
import type { Report, ReportUtterance } from "./types";

export const reportFormatSchema = z.enum(["md", "csv", "json"]);
export type ReportFormat = z.infer<typeof reportFormatSchema>;

const TYPES: Record<ReportFormat, string> = {
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

/**
 * One export of the report as a download: body, content type and file name. `note` says why the
 * comparison is missing (blind tags not yet revealed); Markdown and JSON carry it so a reader of
 * the file does not take one perspective for the whole story.
 */
export function renderReportExport(report: Report, format: ReportFormat, note: string | null, transcript?: ReadonlyArray<ReportUtterance>) {
  let body: string;
  // JSON also carries the transcript's words, so a tool (`secondear export-qdpx`) can rebuild the coded passages from the file alone.
  const words = transcript?.map(({ id, speaker, role, startMs, endMs, text }) => ({ id, speaker, role, startMs, endMs, text }));
  if (format === "csv") body = toCsv(report);
  else if (format === "md") body = note ? `> ${note}\n\n${toMarkdown(report)}` : toMarkdown(report);
  else body = toJson({ ...report, ...(note ? { comparisonNote: note } : {}), ...(words ? { transcript: words } : {}) } as Report);
  // Accents come off the letter (NFKD, then the combining marks go) rather than splitting the word.
  const slug = report.header.title.toLowerCase().normalize("NFKD").replace(/\p{M}+/gu, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "interview";
  return { body, contentType: TYPES[format], fileName: `secondear-report-${slug}.${format}` };
}
