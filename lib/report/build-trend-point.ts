import type { AnalysisResult } from "../analysis/types";
import { buildReport } from "./build-report";
import type { ReportInput } from "./types";

/** One interview on an interviewer's trend. Shares are 0..1; null when there is nothing to measure. */
export interface TrendPoint {
  interviewId: string;
  title: string;
  date: string;
  buddyName: string | null;
  /** Interviewer's share of the words spoken by interviewer and customer. */
  talkShare: number | null;
  /** Closed and leading questions among all the interviewer's questions. */
  closedLeadingShare: number | null;
  questions: number;
  /** Agreement with the buddy, only for revealed interviews where both perspectives are visible. */
  agreement: { kappa: number | null; percent: number | null; units: number } | null;
  /** Why agreement is missing, when it is. */
  agreementNote: string | null;
}

export interface TrendSource {
  input: ReportInput;
  analysis: AnalysisResult;
  date: Date;
  buddyName: string | null;
  /** Revealed, and both tag documents readable by the viewer. */
  isComparable: boolean;
  isRevealed: boolean;
}

/** The trend figures of one interview: machine evidence always, agreement only after reveal. */
export function buildTrendPoint(source: TrendSource): TrendPoint {
  const { counts } = source.analysis.questions;
  const questions = counts.open + counts.closed + counts.leading;
  let agreement: TrendPoint["agreement"] = null;
  let agreementNote: string | null = null;
  if (!source.buddyName) agreementNote = "no buddy";
  else if (!source.isRevealed) agreementNote = "not revealed yet";
  else if (!source.isComparable) agreementNote = "tags not visible to you";
  else {
    const overall = buildReport(source.input).agreement.overall;
    const value = (name: string) => overall.coefficients.find((c) => c.name === name)?.coefficient.value ?? null;
    agreement = { kappa: value("Cohen's kappa"), percent: value("Percent agreement"), units: overall.units };
  }
  return {
    interviewId: source.input.interview.id,
    title: source.input.interview.title,
    date: source.date.toISOString(),
    buddyName: source.buddyName,
    talkShare: source.analysis.talkShare.words.interviewerShare,
    closedLeadingShare: questions ? (counts.closed + counts.leading) / questions : null,
    questions,
    agreement,
    agreementNote,
  };
}
