import Link from "next/link";
import type { TrendPoint } from "@/lib/report/build-trend-point";
import { summariseTrend } from "@/lib/report/summarise-trend";
import { TrendChart } from "./trend-chart";
import "./report.css";
import { formatFixed } from "@/lib/report/format-fixed";

const pct = (v: number | null | undefined) => (v == null ? "–" : `${Math.round(v * 100)}%`);
const two = (v: number | null | undefined) => (v == null ? "–" : formatFixed(v, 2));
const day = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short" });

/** One interviewer over time: talk share, closed + leading questions, agreement with buddies. */
export function TrendView({ interviewer, points }: { interviewer: { id: string; name: string }; points: TrendPoint[] }) {
  const summary = summariseTrend(points);
  const labels = points.map((p) => day(p.date));
  return (
    <article className="report" data-testid="trend">
      <header className="report-header">
        <p className="report-kicker">Trend · interviewer</p>
        <h1>{interviewer.name}</h1>
        <p className="muted">
          {summary.interviews} {summary.interviews === 1 ? "interview" : "interviews"} as interviewer in workspaces you share;
          agreement counts only the {summary.revealed} revealed {summary.revealed === 1 ? "one" : "ones"}.
        </p>
        <dl className="report-facts">
          <div><dt>Average talk share</dt><dd>{pct(summary.talkShare)}</dd></div>
          <div><dt>Average closed + leading questions</dt><dd>{pct(summary.closedLeadingShare)}</dd></div>
          <div><dt>Average agreement with buddies (Cohen&apos;s κ)</dt><dd>{two(summary.kappa)}</dd></div>
        </dl>
      </header>
      {points.length === 0 ? <p className="report-note">No interviews with {interviewer.name} as interviewer yet.</p> : (
        <>
          <section className="report-section trend-charts" aria-label="Charts">
            <TrendChart title="Interviewer talk share" values={points.map((p) => p.talkShare)} labels={labels} domain={[0, 1]} format="percent" better="lower" testId="trend-talk-share" />
            <TrendChart title="Closed + leading questions" values={points.map((p) => p.closedLeadingShare)} labels={labels} domain={[0, 1]} format="percent" better="lower" testId="trend-closed-leading" />
            <TrendChart title="Agreement with the buddy (κ)" values={points.map((p) => p.agreement?.kappa ?? null)} labels={labels} domain={[Math.min(0, ...points.map((p) => p.agreement?.kappa ?? 0)), 1]} format="decimal" better="higher" testId="trend-kappa" />
          </section>
          <section className="report-section">
            <table className="report-table" data-testid="trend-table">
              <thead>
                <tr><th scope="col">Interview</th><th scope="col">Date</th><th scope="col">Buddy</th><th scope="col">Talk share</th><th scope="col">Closed + leading</th><th scope="col">Agreement (κ / %)</th></tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.interviewId}>
                    <th scope="row"><Link href={`/interviews/${p.interviewId}/report`}>{p.title}</Link></th>
                    <td className="num">{day(p.date)}</td>
                    <td>{p.buddyName ?? <span className="muted">none</span>}</td>
                    <td className="num">{pct(p.talkShare)}</td>
                    <td className="num">{pct(p.closedLeadingShare)} <span className="muted">of {p.questions}</span></td>
                    <td className="num">{p.agreement ? `${two(p.agreement.kappa)} / ${pct(p.agreement.percent)}` : <span className="muted">{p.agreementNote}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </article>
  );
}
