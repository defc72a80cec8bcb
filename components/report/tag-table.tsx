import Link from "next/link";
import { formatTime, type TagRow } from "@/lib/report";
import { formatMomentHref } from "@/lib/report/format-moment-href";

/** Every tag the viewer may see, in time order (the CSV export has the same rows). */
export function TagTable({ rows, interviewId }: { rows: TagRow[]; interviewId: string }) {
  const href = formatMomentHref(interviewId);
  return (
    <section className="report-section" aria-labelledby="tags-heading">
      <details open={rows.length <= 40}>
        <summary><h2 id="tags-heading">All tags ({rows.length})</h2></summary>
        {rows.length === 0 ? <p className="muted">No tags yet.</p> : (
          <table className="report-table compact" data-testid="tag-table">
            <thead>
              <tr><th scope="col">Time</th><th scope="col">Who</th><th scope="col">Code</th><th scope="col">Speaker</th><th scope="col">Quote</th><th scope="col">Note</th></tr>
            </thead>
            <tbody>
              {rows.map((t) => (
                <tr key={`${t.who}-${t.tagId}`}>
                  <td className="num">
                    {t.atMs === null ? "–" : t.utteranceId === null ? formatTime(t.atMs) : <Link href={href({ utteranceId: t.utteranceId, atMs: t.atMs })}>{formatTime(t.atMs)}</Link>}
                  </td>
                  <td>{t.name}</td>
                  <td><span className={t.polarity === "+" ? "plus" : "minus"}>{t.polarity === "+" ? "+" : "−"}</span> {t.label}</td>
                  <td>{t.speaker}</td>
                  <td className="quote-cell">{t.quote}</td>
                  <td className="note-cell">{t.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    </section>
  );
}
