import Link from "next/link";
import { formatTime, type Report } from "@/lib/report";
import { PrintButton } from "./print-button";

const FORMATS = [
  { format: "md", label: "Markdown" },
  { format: "csv", label: "CSV of all tags" },
  { format: "json", label: "JSON" },
  { format: "qdpx", label: "REFI-QDA (.qdpx)" },
] as const;

export interface ReportHeaderProps {
  report: Report;
  workspaceName: string;
  isRevealed: boolean;
  interviewerId: string | null;
}

/** Title, who and what, and the export actions (which the print stylesheet hides). */
export function ReportHeader({ report, workspaceName, isRevealed, interviewerId }: ReportHeaderProps) {
  const h = report.header;
  const exportUrl = (format: string) => `/api/interviews/${h.interviewId}/export?format=${format}`;
  return (
    <header className="report-header">
      <div className="report-nav no-print">
        <Link href={`/interviews/${h.interviewId}`} className="muted">← Back to the room</Link>
        {interviewerId && <Link href={`/people/${interviewerId}/trend`}>Trend across {h.taggers[0].name}&apos;s interviews</Link>}
      </div>
      <p className="report-kicker">Bias-contrast report · {workspaceName}</p>
      <h1>{h.title}</h1>
      <dl className="report-facts">
        <div><dt>Duration</dt><dd>{h.durationMs > 0 ? formatTime(h.durationMs) : "no timed transcript yet"}</dd></div>
        <div>
          <dt>On the call</dt>
          <dd>{h.participants.length ? h.participants.map((p) => `${p.name} (${p.role})`).join(", ") : "no transcript yet"}</dd>
        </div>
        <div>
          <dt>Tagged by</dt>
          <dd data-testid="report-taggers">{h.taggers.map((t) => `${t.name} (${t.who}, ${t.tags} ${t.tags === 1 ? "tag" : "tags"})`).join(" · ")}</dd>
        </div>
        <div>
          <dt>Tagging</dt>
          <dd>{h.blind ? `blind (independent)${isRevealed ? ", revealed" : ", not yet revealed"}` : "open: each could see the other's tags"}</dd>
        </div>
      </dl>
      <div className="report-actions no-print" aria-label="Export">
        {FORMATS.map((f) => (
          <a key={f.format} className="button secondary" href={exportUrl(f.format)} download>
            Download {f.label}
          </a>
        ))}
        <PrintButton />
      </div>
    </header>
  );
}
