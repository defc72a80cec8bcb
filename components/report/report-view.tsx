import type { Report } from "@/lib/report";
import { AgreementTable } from "./agreement-table";
import { BlindSpots } from "./blind-spots";
import { Disagreements } from "./disagreements";
import { MachineAgreement } from "./machine-agreement";
import { ReportHeader, type ReportHeaderProps } from "./report-header";
import { SelfAssessment } from "./self-assessment";
import { StepCounts } from "./step-counts";
import { TagTable } from "./tag-table";
import { TimelineSwimlanes } from "./timeline-swimlanes";
import "./report.css";

export interface ReportViewProps extends Omit<ReportHeaderProps, "report"> {
  report: Report;
  /** Why the comparison is not shown (blind tags not yet revealed, no buddy); null when it is. */
  comparisonNote: string | null;
  /** Whose tags the viewer may see (blind tags of others are private until reveal). */
  visible: { interviewer: boolean; buddy: boolean };
}

/** The bias-contrast report page, section by section; the comparison sections only once both perspectives are visible. */
export function ReportView({ report, comparisonNote, visible, ...header }: ReportViewProps) {
  const [interviewerSeat, buddySeat] = report.header.taggers;
  const interviewer = interviewerSeat.name;
  const buddy = buddySeat.name;
  const labels = new Map(report.tags.map((t) => [`${t.who}:${t.tagId}`, t.label]));
  const isComparing = comparisonNote === null;
  return (
    <article className="report" data-testid="report">
      <ReportHeader report={report} {...header} />
      {comparisonNote ? (
        <p className="report-note" role="status" data-testid="comparison-note">{comparisonNote}</p>
      ) : (
        <p className="next-focus" data-testid="next-focus">{report.nextFocus.sentence}</p>
      )}
      <StepCounts report={report} interviewer={interviewer} buddy={buddy} visible={visible} />
      <section className="report-section" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <TimelineSwimlanes timeline={report.timeline} steps={report.steps.map((s) => ({ step: s.step, title: s.title }))} labels={labels} interviewer={interviewer} buddy={buddy} seated={{ interviewer: interviewerSeat.isSeated, buddy: buddySeat.isSeated }} />
      </section>
      {isComparing && (
        <>
          <AgreementTable agreement={report.agreement} interviewer={interviewer} buddy={buddy} />
          <BlindSpots blindSpots={report.blindSpots} interviewer={interviewer} buddy={buddy} />
          <Disagreements disagreements={report.disagreements} interviewer={interviewer} buddy={buddy} />
          <SelfAssessment gaps={report.selfAssessment} interviewer={interviewer} buddy={buddy} />
        </>
      )}
      <MachineAgreement agreement={report.machineAgreement} />
      <TagTable rows={report.tags} interviewId={report.header.interviewId} />
    </article>
  );
}
