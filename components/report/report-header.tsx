import Link from "next/link";
import { formatTime, type Report } from "@/lib/report";
import { describeTaggers } from "@/lib/report/describe-taggers";
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
  /** When the interview was created, and when this report was made (ISO): a printout says both. */
  createdAt: string;
  generatedAt: string;
}

/** "3 Dec 2026", the same for every reader. */
function formatDay(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

/** Title, who and what, and the export actions (which the print stylesheet hides). */
export function ReportHeader({ report, workspaceName, isRevealed, interviewerId, createdAt, generatedAt }: ReportHeaderProps) {
  const h = report.header;
  const exportUrl = (format: string) => `/api/interviews/${h.interviewId}/export?format=${format}`;
  return (
    <header className="report-header">
      <div className="report-nav no-print">
        <Link href={`/interviews/${h.interviewId}`} className="muted">← Back to the room</Link>
        {interviewerId && <Link href={`/people/${interviewerId}/trend`}>Trend across {h.taggers[0].name}&apos;s interviews</Link>}
      </div>
      <p className="report-kicker">
        Bias-contrast report · {workspaceName} ·{" "}
        <span data-testid="report-date">
          interview of <time dateTime={createdAt}>{formatDay(createdAt)}</time>, report of <time dateTime={generatedAt}>{formatDay(generatedAt)}</time>
        </span>
      </p>
      <h1>{h.title}</h1>
      <dl className="report-facts">
        <div><dt>Duration</dt><dd>{h.durationMs > 0 ? formatTime(h.durationMs) : "no timed transcript yet"}</dd></div>
        <div>
          <dt>On the call</dt>
          <dd>{h.participants.length ? h.participants.map((p) => `${p.name} (${p.role})`).join(", ") : "no transcript yet"}</dd>
        </div>
        <div>
          <dt>Tagged by</dt>
          <dd data-testid="report-taggers">{describeTaggers(h.taggers)}</dd>
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
