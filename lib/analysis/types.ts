import type { SpeakerRole } from "../vocabulary";

// Public types of the machine-evidence layer. Plain data only, so results
// serialise to JSON unchanged (CLI output, report exports, Yjs snapshots).

export type Role = SpeakerRole;

export interface Utterance {
  id?: string;
  speaker: string;
  role: Role;
  startMs: number;
  endMs: number;
  text: string;
}

/** Where a finding sits: which utterance, which characters, what time. */
export interface Location {
  utteranceIndex: number;
  utteranceId?: string;
  charStart: number;
  charEnd: number;
  startMs: number;
  endMs: number;
}

export type QuestionKind = "open" | "closed" | "leading";

/** One classified question inside a piece of text (offsets into that text). */
export interface ClassifiedQuestion {
  text: string;
  start: number;
  end: number;
  kind: QuestionKind;
  /** Identifier of the rule that decided, e.g. "leading.negative-opener". */
  rule: string;
  /** Human-readable reason a person can argue with. */
  reason: string;
}

export interface QuestionFinding extends ClassifiedQuestion {
  location: Location;
}

export type CueKind = "reflection" | "hot-tip" | "defending";

export interface CueFinding {
  kind: CueKind;
  /** Reflections only: a simple one repeats or rephrases; a complex one adds meaning or feeling. */
  subtype?: "simple" | "complex";
  /** The phrase that matched (a reflection: the whole utterance), as written in the transcript. */
  match: string;
  rule: string;
  /** Why, in plain words (reflections: the features that decided). */
  reason?: string;
  location: Location;
}

export interface RoleTotals {
  interviewer: number;
  customer: number;
  /** interviewer / (interviewer + customer); null when both are zero. */
  interviewerShare: number | null;
}

export interface TalkShareWindow {
  startMs: number;
  endMs: number;
  words: RoleTotals;
  timeMs: RoleTotals;
}

export interface TalkShare {
  words: RoleTotals;
  timeMs: RoleTotals;
  windowMs: number;
  windows: TalkShareWindow[];
}

export interface CustomerStory {
  /** Indices of the customer utterances that make up the story. */
  utteranceIndices: number[];
  startMs: number;
  endMs: number;
  durationMs: number;
  words: number;
  location: Location;
}

export interface Interruption {
  kind: "overlap" | "cut-off";
  /** Interviewer start minus customer end: negative for overlaps. */
  gapMs: number;
  customerUtteranceIndex: number;
  location: Location;
  reason: string;
}

export interface SilenceBucket {
  label: string;
  /** Inclusive lower bound, exclusive upper bound (null = open-ended). */
  fromMs: number;
  toMs: number | null;
  count: number;
}

export interface HeldSilence {
  afterUtteranceIndex: number;
  silenceMs: number;
  /** Who broke the silence: the interviewer, or the customer going on. */
  brokenBy: "interviewer" | "customer";
  location: Location;
}

export interface Patience {
  /** Customer-to-interviewer hand-overs measured. */
  transitions: number;
  medianMs: number | null;
  distribution: SilenceBucket[];
  heldSilences: HeldSilence[];
}

export interface SpeakerSummary {
  speaker: string;
  role: Role;
  utterances: number;
  words: number;
  speakingMs: number;
}

export interface AnalysisResult {
  version: 1;
  durationMs: number;
  speakers: SpeakerSummary[];
  talkShare: TalkShare;
  stories: { longest: CustomerStory | null; top: CustomerStory[] };
  questions: {
    items: QuestionFinding[];
    counts: Record<QuestionKind, number>;
    perTenMinutes: number;
  };
  interactivity: { switches: number; switchesPerMinute: number };
  interruptions: Interruption[];
  patience: Patience;
  cues: CueFinding[];
  warnings: string[];
}

export interface AnalyzeOptions {
  utterances: Utterance[];
  /** Talk-share window; 5 minutes by default. */
  windowMs?: number;
  /** A gap at most this long after a customer sentence left hanging counts as a cut-off. */
  cutOffGapMs?: number;
  /** Silences at least this long count as held. */
  heldSilenceMs?: number;
  /** Interviewer utterances of at most this many words without a question are backchannels. */
  backchannelMaxWords?: number;
}
