"use client";

import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { analyzeTranscript } from "@/lib/analysis/analyze-transcript";
import { QUESTION_CODER } from "@/lib/analysis/coding/code-questions";
import { REFLECTION_CODER } from "@/lib/analysis/coding/find-reflections";
import { fillMissingTimings } from "@/lib/analysis/fill-missing-timings";
import type { AnalysisResult } from "@/lib/analysis/types";
import { readTranscriptUtterances } from "@/lib/collab/read-transcript-utterances";
import { TRANSCRIPT_FIELD } from "@/lib/collab/transcript-extensions";
import { formatClock } from "@/lib/collab/utterance-node";

const KIND_LABEL = { open: "Open", closed: "Closed", leading: "Leading" } as const;

function percent(share: number | null): string {
  return share == null ? "–" : `${Math.round(share * 100)}%`;
}

/** The machine's neutral reading of the transcript, recomputed as the transcript changes. */
export function MachinePanel({ doc }: { doc: Y.Doc }) {
  const [analysis, setAnalysis] = useState<{ result: AnalysisResult; untimed: number } | null>(null);
  useEffect(() => {
    const fragment = doc.getXmlFragment(TRANSCRIPT_FIELD);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => {
      const { utterances, untimed } = fillMissingTimings(readTranscriptUtterances(doc));
      setAnalysis({ result: analyzeTranscript({ utterances }), untimed });
    };
    // Typing fires many updates; analyse once the burst settles.
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(run, 400);
    };
    run();
    fragment.observeDeep(schedule);
    return () => {
      clearTimeout(timer);
      fragment.unobserveDeep(schedule);
    };
  }, [doc]);

  if (!analysis) return null;
  const { result, untimed } = analysis;
  const { counts, items } = result.questions;
  const longest = result.stories.longest;
  const reflections = result.cues.filter((c) => c.kind === "reflection");
  return (
    <section className="card machine-panel" data-testid="machine-panel" aria-label="Machine evidence">
      <h2>Machine evidence</h2>
      <dl className="metrics">
        <dt>Interviewer talk share</dt>
        <dd data-testid="talk-share-words">{percent(result.talkShare.words.interviewerShare)} of words</dd>
        <dd>{percent(result.talkShare.timeMs.interviewerShare)} of speaking time</dd>
        <dt>Questions</dt>
        <dd data-testid="question-counts">
          {counts.open} open · {counts.closed} closed · {counts.leading} leading
        </dd>
        <dt>Reflections</dt>
        <dd data-testid="reflection-counts">
          {reflections.filter((r) => r.subtype === "simple").length} simple · {reflections.filter((r) => r.subtype === "complex").length} complex
        </dd>
        <dt>Longest customer story</dt>
        <dd>{longest ? `${Math.round(longest.durationMs / 1000)} s, ${longest.words} words` : "–"}</dd>
        <dt>Interruptions</dt>
        <dd>{result.interruptions.length}</dd>
        <dt>Median silence before the interviewer speaks</dt>
        <dd>{result.patience.medianMs == null ? "–" : `${(result.patience.medianMs / 1000).toFixed(1)} s`}</dd>
      </dl>
      {items.length > 0 && (
        <ol className="question-list" data-testid="question-list">
          {items.map((q, i) => (
            <li key={i} className={`question question-${q.kind}`} title={q.reason}>
              <span className="kind">{KIND_LABEL[q.kind]}</span> <span className="muted">{formatClock(q.location.startMs)}</span>
              <q>{q.text}</q>
              <small className="muted">{q.reason}</small>
            </li>
          ))}
        </ol>
      )}
      {reflections.length > 0 && (
        <ol className="question-list reflection-list" data-testid="reflection-list" aria-label="Reflections">
          {reflections.map((r, i) => (
            <li key={i} className={`reflection reflection-${r.subtype}`} title={r.reason}>
              <span className="kind">{r.subtype === "complex" ? "Complex reflection" : "Simple reflection"}</span>{" "}
              <span className="muted">{formatClock(r.location.startMs)}</span>
              <q>{r.match}</q>
              <small className="muted">{r.reason}</small>
            </li>
          ))}
        </ol>
      )}
      <p className="muted small" data-testid="machine-reliability">
        Questions and reflections are coded by models learned from expert-coded interviews; on conversations they never saw they agree with
        the experts at kappa {QUESTION_CODER.crossValidated.kappa.toFixed(2)} (questions) and {REFLECTION_CODER.crossValidated.kappa.toFixed(2)}{" "}
        (reflections). Evidence to argue with, not a verdict.
      </p>
      {untimed > 0 && <p className="muted small">{untimed} utterances have no timings; time-based figures leave them out.</p>}
      {result.warnings.map((w) => (
        <p key={w} className="muted small">{w}</p>
      ))}
    </section>
  );
}
