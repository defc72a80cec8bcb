import type { AlignOptions, Coefficient, TagAnchor } from "../agreement";
import type { Codebook, Polarity } from "../codebook";
import type { SpeakerRole } from "../vocabulary";

// Input and output shapes of the bias-contrast report. The model is plain data so the page,
// the API route and the exports all render the same thing.

export type Role = SpeakerRole;
/** The two perspectives being compared. */
export type Who = "interviewer" | "buddy";

export interface ReportUtterance {
  id: string;
  speaker: string;
  role: Role;
  startMs: number;
  endMs: number;
  text: string;
  /** Needed only when tags are anchored to character ranges. */
  charStart?: number;
  charEnd?: number;
}

export interface ReportTag {
  id: string;
  code: string;
  step: number;
  polarity: Polarity;
  anchor: TagAnchor;
  note?: string;
}

/** Machine evidence is produced elsewhere; the report only displays it, so it stays generic. */
export interface MachineEvidenceItem {
  label: string;
  value: string | number;
  detail?: string;
}

export interface MachineFinding {
  atMs: number;
  endMs?: number;
  label: string;
  step?: number;
  utteranceId?: string;
}

/** A code the machine gave one utterance, in the default codebook's keys. */
export interface MachineCode {
  utteranceId: string;
  code: MachineJudgedCode;
}

/** What the machine can judge: question kinds (step 1) and reflections (step 2, "paraphrase"). */
export type MachineJudgedCode = "open-question" | "closed-question" | "leading-question" | "paraphrase";

export interface MachineEvidence {
  /** Headline figures per step id (e.g. step 3: talk share, longest customer story). */
  perStep?: Record<number, MachineEvidenceItem[]>;
  /** Point findings for the timeline (e.g. each leading question, each interruption). */
  findings?: MachineFinding[];
  /** The machine's codes per utterance, compared with each person's tags. */
  codes?: MachineCode[];
  /** How well the machine's coders agree with expert coders (cross-validated, shipped with the models). */
  expertAgreement?: { questionKappa: number; reflectionKappa: number; conversations: number; folds: number };
}

export interface MachineAgreementRow {
  code: MachineJudgedCode;
  label: string;
  who: Who;
  name: string;
  /** Interviewer utterances the machine judged (the units). */
  units: number;
  byMachine: number;
  byPerson: number;
  kappa: Coefficient;
  ac1: Coefficient;
  sentence: string;
}

export interface MachineAgreement {
  rows: MachineAgreementRow[];
  /** What the machine itself is worth, in plain words; null without shipped figures. */
  expertSentence: string | null;
}

export interface ReportInput {
  interview: {
    id: string;
    title: string;
    recordedAt?: string;
    /** Defaults to the end of the last utterance. */
    durationMs?: number;
    participants?: { name: string; role: Role }[];
  };
  /** isSeated false: nobody has that seat yet (name is then only a stand-in, never shown as a person). */
  interviewer: { name: string; isSeated?: boolean };
  buddy: { name: string; isSeated?: boolean };
  /** Whether the two tagged without seeing each other's tags. */
  blind?: boolean;
  utterances: ReportUtterance[];
  interviewerTags: ReportTag[];
  buddyTags: ReportTag[];
  machine?: MachineEvidence;
  codebook?: Codebook;
  alignment?: AlignOptions;
  /** Builds the link that opens the room at a moment; default `#t=<ms>&u=<utterance id>`. */
  momentHref?: (moment: { utteranceId: string; atMs: number }) => string;
}

export interface PlusMinus {
  plus: number;
  minus: number;
}

export interface StepSection {
  step: number;
  title: string;
  interviewer: PlusMinus;
  buddy: PlusMinus;
  machine: MachineEvidenceItem[];
}

export interface CoefficientView {
  name: string;
  coefficient: Coefficient;
  reading: string;
}

export interface AgreementView {
  units: number;
  taggedUnits: number;
  coefficients: CoefficientView[];
  warnings: string[];
}

export interface Moment {
  tagId: string;
  who: Who;
  code: string;
  label: string;
  step: number;
  polarity: Polarity;
  utteranceId: string;
  speaker: string;
  role: Role;
  atMs: number;
  quote: string;
  note?: string;
  href: string;
}

export interface Disagreement {
  utteranceId: string;
  speaker: string;
  atMs: number;
  quote: string;
  step: number;
  /** Code keys each person gave; `…Labels` are their names, in the same order. */
  interviewer: string[];
  buddy: string[];
  interviewerLabels: string[];
  buddyLabels: string[];
  /** "polarity": one saw it done well, the other a miss. "code": same direction, different code. */
  kind: "polarity" | "code";
  href: string;
}

export interface SelfAssessmentGap {
  step: number;
  title: string;
  /** Share of "+" among the interviewer's tags in this step; null without tags. */
  interviewerShare: number | null;
  buddyShare: number | null;
  /** interviewerShare − buddyShare: positive means the interviewer rated themself more favourably. */
  gap: number | null;
  direction: "more-favourable" | "less-favourable" | "aligned" | "not-enough-tags";
  sentence: string;
}

export interface TimelineTag {
  tagId: string;
  atMs: number;
  endMs: number;
  code: string;
  step: number;
  polarity: Polarity;
  /** Opens the room at the tagged moment. */
  href: string;
}

/** A machine finding on the timeline, linked to the room when it names its utterance. */
export type TimelineFinding = MachineFinding & { href?: string };

export interface TagRow {
  who: Who;
  name: string;
  tagId: string;
  code: string;
  label: string;
  step: number;
  polarity: Polarity;
  utteranceId: string | null;
  atMs: number | null;
  speaker: string;
  quote: string;
  note: string;
  /** How the tag was placed on the transcript (see AlignedTag.method). */
  mapping: string;
}

export interface Report {
  header: {
    interviewId: string;
    title: string;
    recordedAt?: string;
    durationMs: number;
    participants: { name: string; role: Role }[];
    taggers: { who: Who; name: string; tags: number; isSeated: boolean }[];
    blind: boolean;
  };
  steps: StepSection[];
  agreement: {
    overall: AgreementView;
    perStep: (AgreementView & { step: number; title: string })[];
    /** Per code either person used: did both apply it to the same utterances (present/absent)? Codebook order. */
    perCode: (AgreementView & { code: string; label: string; step: number; uses: { interviewer: number; buddy: number } })[];
    toleranceMs: number;
    reactionLagMs: number;
  };
  blindSpots: { onlyBuddy: Moment[]; onlyInterviewer: Moment[] };
  /** confusion.labels are code keys ("none": untagged); names, in the same order, what people read. */
  disagreements: { list: Disagreement[]; confusion: { labels: string[]; names: string[]; counts: number[][] } };
  selfAssessment: SelfAssessmentGap[];
  timeline: {
    durationMs: number;
    interviewer: TimelineTag[];
    buddy: TimelineTag[];
    machine: TimelineFinding[];
    speaking: { speaker: string; role: Role; startMs: number; endMs: number }[];
  };
  nextFocus: { step: number | null; sentence: string };
  tags: TagRow[];
  /** The machine as a third rater: its agreement with each person on the codes it can judge. */
  machineAgreement: MachineAgreement;
}
