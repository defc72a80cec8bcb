import type { SelfAssessmentGap } from "@/lib/report";

const pct = (v: number | null) => (v === null ? "–" : `${Math.round(v * 100)}%`);
const DIRECTION: Record<SelfAssessmentGap["direction"], string> = {
  "more-favourable": "rated themself more favourably",
  "less-favourable": "rated themself more harshly",
  aligned: "aligned",
  "not-enough-tags": "not enough tags",
};

/** Per practice, the share of "done well" each person saw, and which way the interviewer's view leans. */
export function SelfAssessment({ gaps, interviewer, buddy }: { gaps: SelfAssessmentGap[]; interviewer: string; buddy: string }) {
  return (
    <section className="report-section" aria-labelledby="gap-heading" data-testid="self-assessment">
      <h2 id="gap-heading">Self-assessment gap</h2>
      <p className="muted">Share of each person&apos;s tags in a practice that say “done well”. A positive gap means {interviewer} saw their own practice more favourably than {buddy} did.</p>
      <table className="report-table">
        <thead>
          <tr><th scope="col">Practice</th><th scope="col">{interviewer}</th><th scope="col">{buddy}</th><th scope="col">Gap</th><th scope="col">Direction</th></tr>
        </thead>
        <tbody>
          {gaps.map((g) => (
            <tr key={g.step} title={g.sentence}>
              <th scope="row"><span className="muted">Step {g.step}</span> {g.title}</th>
              <td className="num">{pct(g.interviewerShare)}</td>
              <td className="num">{pct(g.buddyShare)}</td>
              <td className="gap-cell"><GapBar gap={g.gap} /></td>
              <td className={`direction direction-${g.direction}`}>{DIRECTION[g.direction]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="sentences">{gaps.map((g) => <li key={g.step}>{g.sentence}</li>)}</ul>
    </section>
  );
}

/** A diverging bar: right of centre when the interviewer was kinder to themself. */
function GapBar({ gap }: { gap: number | null }) {
  if (gap === null) return <span className="muted">–</span>;
  const width = Math.min(50, Math.abs(gap) * 50);
  const points = `${gap > 0 ? "+" : gap < 0 ? "−" : "±"}${Math.abs(Math.round(gap * 100))}`;
  return (
    <span className="gap">
      <svg viewBox="0 0 100 10" width="100" height="10" aria-hidden="true">
        <line x1="50" x2="50" y1="0" y2="10" stroke="#868e96" />
        <rect x={gap >= 0 ? 50 : 50 - width} width={width} y="2" height="6" fill={gap > 0 ? "#c92a2a" : "#2f9e44"} />
      </svg>
      <span className="num">{points} pts</span>
    </span>
  );
}
