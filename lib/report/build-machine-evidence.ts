import { QUESTION_CODER } from "../analysis/coding/code-questions";
import { REFLECTION_CODER } from "../analysis/coding/find-reflections";
import type { AnalysisResult } from "../analysis/types";
import type { TalkFigures } from "../capture/talk-time";
import type { MachineCode, MachineEvidence, MachineEvidenceItem, MachineFinding } from "./types";

const percent = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)}%`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const CUE_STEP = { reflection: 2, "hot-tip": 2, defending: 2 } as const;
const CUE_LABEL = { reflection: "Reflections", "hot-tip": "Hot-tip phrasing", defending: "Defending phrasing" } as const;
const SUBTYPE_LABEL = { simple: "Simple reflection", complex: "Complex reflection" } as const;
const QUESTION_LABEL = { open: "Open question", closed: "Closed question", leading: "Leading question" } as const;

/**
 * The machine's neutral evidence in the report's shape: headline figures per step (1: questions;
 * 2: phrasing cues; 3: talk share, stories, interruptions, patience) and point findings for the
 * timeline. Steps are the default practices' ids; the analysis knows nothing of renamed codes.
 */
export function buildMachineEvidence(analysis: AnalysisResult, audioTalk: TalkFigures | null = null): MachineEvidence {
  const { counts } = analysis.questions;
  const asked = counts.open + counts.closed + counts.leading;
  const cueCount = (kind: keyof typeof CUE_LABEL) => analysis.cues.filter((c) => c.kind === kind).length;
  const longest = analysis.stories.longest;
  const perStep: Record<number, MachineEvidenceItem[]> = {
    1: [
      { label: "Questions open / closed / leading", value: `${counts.open} / ${counts.closed} / ${counts.leading}` },
      { label: "Closed + leading share", value: asked ? percent((counts.closed + counts.leading) / asked) : "–", detail: `${asked} questions` },
    ],
    2: (Object.keys(CUE_LABEL) as (keyof typeof CUE_LABEL)[]).map((kind) => ({
      label: CUE_LABEL[kind],
      value: cueCount(kind),
      ...(kind === "reflection" ? { detail: `${analysis.cues.filter((c) => c.subtype === "simple").length} simple, ${analysis.cues.filter((c) => c.subtype === "complex").length} complex` } : {}),
    })),
    3: [
      { label: "Interviewer talk share", value: percent(analysis.talkShare.words.interviewerShare), detail: `${percent(analysis.talkShare.timeMs.interviewerShare)} of speaking time` },
      ...(audioTalk ? [audioTalkItem(audioTalk)] : []),
      { label: "Longest customer story", value: longest ? seconds(longest.durationMs) : "–", ...(longest ? { detail: `${longest.words} words` } : {}) },
      { label: "Interruptions", value: analysis.interruptions.length },
      { label: "Median silence before the interviewer speaks", value: analysis.patience.medianMs === null ? "–" : seconds(analysis.patience.medianMs) },
      { label: "Speaker switches per minute", value: analysis.interactivity.switchesPerMinute.toFixed(1) },
    ],
  };
  const findings: MachineFinding[] = [
    ...analysis.questions.items.map((q) => finding(q.location, QUESTION_LABEL[q.kind], 1)),
    ...analysis.cues.map((c) => finding(c.location, c.subtype ? SUBTYPE_LABEL[c.subtype] : CUE_LABEL[c.kind], CUE_STEP[c.kind])),
    ...analysis.interruptions.map((i) => finding(i.location, i.kind === "overlap" ? "Interruption (overlap)" : "Interruption (cut-off)", 3)),
    ...analysis.patience.heldSilences
      .filter((h) => h.brokenBy === "customer")
      .map((h) => finding(h.location, `Held silence ${seconds(h.silenceMs)}`, 3)),
  ];
  const codes: MachineCode[] = [
    ...analysis.questions.items.flatMap((q) => (q.location.utteranceId ? [{ utteranceId: q.location.utteranceId, code: `${q.kind}-question` as const }] : [])),
    ...analysis.cues.flatMap((c) => (c.kind === "reflection" && c.location.utteranceId ? [{ utteranceId: c.location.utteranceId, code: "paraphrase" as const }] : [])),
  ];
  const expertAgreement = {
    questionKappa: QUESTION_CODER.crossValidated.kappa,
    reflectionKappa: REFLECTION_CODER.crossValidated.kappa,
    conversations: QUESTION_CODER.trainedOn.conversations,
    folds: QUESTION_CODER.crossValidated.folds,
  };
  return { perStep, findings: findings.sort((a, b) => a.atMs - b.atMs), codes, expertAgreement };
}

/** The call's own audio, recorded in the room: beside the transcript's word share, measured on the two channels. */
function audioTalkItem(talk: TalkFigures): MachineEvidenceItem {
  const clock = (ms: number) => `${Math.floor(ms / 60_000)}:${String(Math.floor((ms % 60_000) / 1000)).padStart(2, "0")}`;
  return {
    label: "Talk time from audio",
    value: percent(talk.share),
    detail: `interviewer ${clock(talk.interviewerMs)}, customer ${clock(talk.customerMs)}; longest stretch ${clock(talk.longestMonologueMs)}; ${talk.silencesHeld} silences held`,
  };
}

function finding(location: { startMs: number; endMs: number; utteranceId?: string }, label: string, step: number): MachineFinding {
  return {
    atMs: location.startMs,
    ...(location.endMs > location.startMs ? { endMs: location.endMs } : {}),
    label,
    step,
    ...(location.utteranceId !== undefined ? { utteranceId: location.utteranceId } : {}),
  };
}
