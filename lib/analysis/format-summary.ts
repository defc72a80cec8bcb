import type { AnalysisResult } from "./types";

const pct = (x: number | null) => (x === null ? "–" : `${Math.round(x * 100)}%`);
const sec = (ms: number | null) => (ms === null ? "–" : `${(ms / 1000).toFixed(1)} s`);
const clock = (ms: number) => `${Math.floor(ms / 60000)}:${String(Math.floor((ms % 60000) / 1000)).padStart(2, "0")}`;

/** Plain-text digest of an analysis for the terminal (the JSON has everything). */
export function formatSummary(r: AnalysisResult): string {
  const q = r.questions;
  const lines = [
    `duration ${clock(r.durationMs)}`,
    `talk share (interviewer): ${pct(r.talkShare.words.interviewerShare)} of words, ${pct(r.talkShare.timeMs.interviewerShare)} of time`,
    `longest customer story: ${r.stories.longest ? `${sec(r.stories.longest.durationMs)}, ${r.stories.longest.words} words at ${clock(r.stories.longest.startMs)}` : "–"}`,
    `questions: ${q.items.length} (${q.counts.open} open, ${q.counts.closed} closed, ${q.counts.leading} leading), ${q.perTenMinutes.toFixed(1)} per 10 min`,
    `speaker switches: ${r.interactivity.switchesPerMinute.toFixed(1)} per minute`,
    `interruptions: ${r.interruptions.length}`,
    `patience: median ${sec(r.patience.medianMs)} before the interviewer speaks; ${r.patience.heldSilences.length} held silences`,
    `phrasing cues: ${r.cues.map((c) => c.kind).join(", ") || "none"}`,
  ];
  for (const item of q.items) lines.push(`  ${clock(item.location.startMs)}  ${item.kind.padEnd(7)} ${item.text}`);
  return lines.join("\n") + "\n";
}
