import type { AgreementView, Report } from "@/lib/report";
import { formatFixed } from "@/lib/report/format-fixed";

const value = (v: number | null) => (v === null ? "n/a" : formatFixed(v, 2));
const shown = (name: string, v: number | null) => (name === "Percent agreement" && v !== null ? `${Math.round(v * 100)}%` : value(v));

/** Agreement over utterances, overall with plain-language readings, then per step and per code. */
export function AgreementTable({ agreement, interviewer, buddy }: { agreement: Report["agreement"]; interviewer: string; buddy: string }) {
  const { overall } = agreement;
  return (
    <section className="report-section" aria-labelledby="agreement-heading" data-testid="agreement">
      <h2 id="agreement-heading">How much you agree</h2>
      <p className="muted">
        Each transcript utterance is one unit: did you both give it the same code, or both leave it untagged? Live tags count as the same
        moment within ±{agreement.toleranceMs / 1000} s, after allowing {agreement.reactionLagMs / 1000} s for reaching the key.{" "}
        {overall.units} utterances, {overall.taggedUnits} tagged by at least one of you.
      </p>
      <Warnings view={overall} />
      <table className="report-table">
        <thead>
          <tr><th scope="col">Measure</th><th scope="col">Value</th><th scope="col">What it means</th></tr>
        </thead>
        <tbody>
          {overall.coefficients.map((c) => (
            <tr key={c.name}>
              <th scope="row">{c.name}</th>
              <td className="num">{shown(c.name, c.coefficient.value)}</td>
              <td>{c.reading}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Per practice</h3>
      <table className="report-table compact">
        <thead>
          <tr>
            <th scope="col">Practice</th><th scope="col">Tagged units</th>
            {overall.coefficients.map((c) => <th scope="col" key={c.name}>{c.name}</th>)}
          </tr>
        </thead>
        <tbody>
          {agreement.perStep.map((s) => (
            <tr key={s.step}>
              <th scope="row"><span className="muted">Step {s.step}</span> {s.title}</th>
              <td className="num">{s.taggedUnits}</td>
              <CoefficientCells view={s} />
            </tr>
          ))}
        </tbody>
      </table>
      {agreement.perCode.length > 0 && (
        <>
          <h3>Per code</h3>
          <p className="muted small">Each code on its own: did you both apply it to the same utterances, or both leave it off?</p>
          <table className="report-table compact" data-testid="agreement-per-code">
            <thead>
              <tr>
                <th scope="col">Code</th><th scope="col">{interviewer}</th><th scope="col">{buddy}</th>
                {overall.coefficients.map((c) => <th scope="col" key={c.name}>{c.name}</th>)}
              </tr>
            </thead>
            <tbody>
              {agreement.perCode.map((c) => (
                <tr key={c.code}>
                  <th scope="row"><span className="muted">Step {c.step}</span> {c.label}</th>
                  <td className="num">{c.uses.interviewer}</td>
                  <td className="num">{c.uses.buddy}</td>
                  <CoefficientCells view={c} />
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p className="muted small">
        Kappa and AC1 read on the Landis &amp; Koch bands (0.41–0.60 moderate, 0.61–0.80 substantial); Krippendorff asks for α ≥ 0.80 to rely on a
        coding, ≥ 0.667 for tentative conclusions. AC1 stays stable when one code dominates, where kappa collapses.
      </p>
    </section>
  );
}

/** One row's coefficients, in the order of the table's header; the reading on hover. */
function CoefficientCells({ view }: { view: AgreementView }) {
  return view.coefficients.map((c) => <td className="num" key={c.name} title={c.reading}>{shown(c.name, c.coefficient.value)}</td>);
}

function Warnings({ view }: { view: AgreementView }) {
  if (view.warnings.length === 0) return null;
  return (
    <div className="report-warning" role="note" data-testid="small-n-warning">
      {view.warnings.map((w) => <p key={w}>{w}</p>)}
    </div>
  );
}
