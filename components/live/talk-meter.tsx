"use client";

import type { TalkFigures } from "@/lib/capture/talk-time";
import { formatClock } from "@/lib/collab/utterance-node";

const percent = (share: number | null) => (share == null ? "–" : `${Math.round(share * 100)}%`);

/** Everyone's view of who is talking, from the call's audio (step 3: speak as little as possible). */
export function TalkMeter({ figures, limit }: { figures: TalkFigures; limit: number }) {
  const isOver = figures.recentShare != null && figures.recentShare > limit;
  return (
    <section className="talk-meter" aria-label="Talk time from audio" data-testid="talk-meter" data-share={figures.share ?? ""} data-recent-share={figures.recentShare ?? ""}>
      <span className="small">
        Interviewer talking: <strong>{percent(figures.share)}</strong> of the call
      </span>
      <span className={`small ${isOver ? "talk-over" : ""}`}>
        <strong>{percent(figures.recentShare)}</strong> in the last 5 min
      </span>
      <span className="small muted">
        {figures.monologueMs >= 10_000 ? `Speaking for ${formatClock(figures.monologueMs)}` : `Longest stretch ${formatClock(figures.longestMonologueMs)}`}
      </span>
      <span className="small muted">Silences held: {figures.silencesHeld}</span>
      <meter min={0} max={1} value={figures.recentShare ?? 0} high={limit} optimum={0.2} aria-label="Interviewer's share of the last 5 minutes" />
    </section>
  );
}
