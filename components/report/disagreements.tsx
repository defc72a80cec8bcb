import Link from "next/link";
import { formatTime, type Report } from "@/lib/report";

/** Same moment, same practice, different code or verdict: a confusion table and the moments. */
export function Disagreements({ disagreements, interviewer, buddy }: { disagreements: Report["disagreements"]; interviewer: string; buddy: string }) {
  const { confusion, list } = disagreements;
  const max = Math.max(1, ...confusion.counts.flat());
  return (
    <section className="report-section" aria-labelledby="disagreements-heading" data-testid="disagreements">
      <h2 id="disagreements-heading">Disagreements</h2>
      {confusion.labels.length > 0 && (
        <div className="confusion-wrap">
          <table className="report-table confusion">
            <caption>Rows: what {interviewer} (interviewer) coded · columns: what {buddy} (buddy) coded, per utterance</caption>
            <thead>
              <tr><th scope="col" />{confusion.labels.map((key, j) => <th scope="col" key={key} title={key}>{confusion.names[j]}</th>)}</tr>
            </thead>
            <tbody>
              {confusion.labels.map((row, i) => (
                <tr key={row}>
                  <th scope="row" title={row}>{confusion.names[i]}</th>
                  {confusion.counts[i].map((n, j) => (
                    <td key={j} className={`num${i === j ? " diagonal" : ""}`} style={n ? { background: `rgba(59, 91, 219, ${(0.08 + (0.4 * n) / max).toFixed(2)})` } : undefined}>
                      {n || ""}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.length === 0 ? (
        <p className="muted">No moment where you tagged the same practice differently.</p>
      ) : (
        <ol className="moments">
          {list.map((d) => (
            <li key={`${d.utteranceId}-${d.step}`} className="moment">
              <div className="moment-head">
                <Link href={d.href} className="moment-time">{formatTime(d.atMs)}</Link>
                <span className={d.kind === "polarity" ? "minus" : "muted"}>{d.kind === "polarity" ? "Opposite verdicts" : "Different code"}</span>
                <span className="muted">step {d.step} · {d.speaker}</span>
              </div>
              <blockquote>{d.quote}</blockquote>
              <p className="moment-note">{interviewer}: {d.interviewerLabels.join(", ")} · {buddy}: {d.buddyLabels.join(", ")}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
