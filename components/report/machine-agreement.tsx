import type { Report } from "@/lib/report";

const value = (v: number | null) => (v === null ? "n/a" : v.toFixed(2));

/** The machine as a third rater: how often each person tagged what the machine coded, and what the machine itself is worth. */
export function MachineAgreement({ agreement }: { agreement: Report["machineAgreement"] }) {
  return (
    <section className="report-section" aria-labelledby="machine-agreement-heading" data-testid="machine-agreement">
      <h2 id="machine-agreement-heading">The machine as a third rater</h2>
      <p className="muted">
        On what it can judge (open, closed and leading questions; reflections), the machine coded each interviewer utterance. Here is how
        often each of you tagged the same utterances.
      </p>
      {agreement.expertSentence && <p data-testid="machine-expert-agreement">{agreement.expertSentence}</p>}
      {agreement.rows.length === 0 ? (
        <p className="muted small">Nothing to compare yet: no one whose tags you can see has tagged this interview.</p>
      ) : (
        <>
          <ul className="machine-sentences">
            {agreement.rows.map((r) => <li key={`${r.who}:${r.code}`}>{r.sentence}</li>)}
          </ul>
          <table className="report-table compact">
            <thead>
              <tr>
                <th scope="col">Code</th><th scope="col">Person</th><th scope="col">Machine</th><th scope="col">Person’s tags</th>
                <th scope="col">Cohen's kappa</th><th scope="col">Gwet's AC1</th>
              </tr>
            </thead>
            <tbody>
              {agreement.rows.map((r) => (
                <tr key={`${r.who}:${r.code}`}>
                  <th scope="row">{r.label}</th><td>{r.name}</td>
                  <td className="num">{r.byMachine}</td><td className="num">{r.byPerson}</td>
                  <td className="num">{value(r.kappa.value)}</td><td className="num">{value(r.ac1.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">Units: the {agreement.rows[0].units} interviewer utterances, tagged or not.</p>
        </>
      )}
    </section>
  );
}
