import Link from "next/link";
import { getStepColor } from "@/lib/codebook/step-colors";
import { formatTime, type Moment } from "@/lib/report";

/** Moments with time (a link into the room), code, speaker, quote and note. */
export function MomentList({ moments, empty, testId }: { moments: Moment[]; empty: string; testId: string }) {
  if (moments.length === 0) return <p className="muted" data-testid={testId}>{empty}</p>;
  return (
    <ol className="moments" data-testid={testId}>
      {moments.map((m) => (
        <li key={`${m.who}-${m.tagId}`} className="moment" style={{ borderLeftColor: getStepColor(m.step) }}>
          <div className="moment-head">
            <Link href={m.href} className="moment-time" title="Open the room at this moment">{formatTime(m.atMs)}</Link>
            <span className={m.polarity === "+" ? "plus" : "minus"}>{m.polarity === "+" ? "+" : "−"} {m.label}</span>
            <span className="muted">step {m.step} · {m.speaker}</span>
          </div>
          <blockquote>{m.quote}</blockquote>
          {m.note && <p className="moment-note">Note: {m.note}</p>}
        </li>
      ))}
    </ol>
  );
}
