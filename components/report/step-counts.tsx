import type { Report } from "@/lib/report";
import { getStepColor } from "@/lib/codebook/step-colors";

/** Per practice: each person's + and − tags next to what the machine measured. */
export function StepCounts({ report, interviewer, buddy, visible }: { report: Report; interviewer: string; buddy: string; visible: { interviewer: boolean; buddy: boolean } }) {
  // An empty seat gets no column: nobody to count.
  const [hasInterviewer, hasBuddy] = report.header.taggers.map((t) => t.isSeated);
  const hidden = <span className="muted">private until reveal</span>;
  return (
    <section className="report-section" aria-labelledby="steps-heading">
      <h2 id="steps-heading">Per practice</h2>
      <table className="report-table" data-testid="step-counts">
        <thead>
          <tr>
            <th scope="col">Practice</th>
            {hasInterviewer && <th scope="col">{interviewer} <span className="muted">(interviewer)</span><br /><span className="pm">+ done well / − miss</span></th>}
            {hasBuddy && <th scope="col">{buddy} <span className="muted">(buddy)</span><br /><span className="pm">+ done well / − miss</span></th>}
            <th scope="col">Machine evidence</th>
          </tr>
        </thead>
        <tbody>
          {report.steps.map((s) => (
            <tr key={s.step}>
              <th scope="row" style={{ borderLeftColor: getStepColor(s.step) }} className="step-cell">
                <span className="muted">Step {s.step}</span> {s.title}
              </th>
              {hasInterviewer && <td className="counts">{visible.interviewer ? <PlusMinus value={s.interviewer} /> : hidden}</td>}
              {hasBuddy && <td className="counts">{visible.buddy ? <PlusMinus value={s.buddy} /> : hidden}</td>}
              <td>
                {s.machine.length === 0 ? <span className="muted">—</span> : (
                  <ul className="evidence">
                    {s.machine.map((m) => (
                      <li key={m.label}>{m.label}: <strong>{m.value}</strong>{m.detail && <span className="muted"> ({m.detail})</span>}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function PlusMinus({ value }: { value: { plus: number; minus: number } }) {
  return (
    <>
      <span className="plus">+{value.plus}</span> / <span className="minus">−{value.minus}</span>
    </>
  );
}
