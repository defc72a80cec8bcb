import { getStepColor } from "@/lib/codebook/step-colors";
import { formatTime, type Report } from "@/lib/report";

// Plain server-rendered SVG rather than a chart library: four lanes of marks on one time axis need
// no interactivity, render without JavaScript, scale to the page width and print as vectors.
const W = 1000;
const LABEL_W = 150;
const X0 = LABEL_W + 10;
const X1 = W - 12;
const LANE_H = 34;
const TICK_STEPS_S = [5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600];
const ROLE_FILL: Record<string, string> = { interviewer: "#3b5bdb", customer: "#adb5bd", buddy: "#9c36b5", other: "#dee2e6" };

export interface TimelineProps {
  timeline: Report["timeline"];
  steps: { step: number; title: string }[];
  labels: Map<string, string>;
  interviewer: string;
  buddy: string;
}

/** Swimlanes over call time: who spoke, each person's tags, and the machine's findings. */
export function TimelineSwimlanes({ timeline, steps, labels, interviewer, buddy }: TimelineProps) {
  const duration = Math.max(timeline.durationMs, ...timeline.interviewer.map((t) => t.atMs), ...timeline.buddy.map((t) => t.atMs), 0);
  if (duration <= 0) return <p className="muted">No timed transcript or tags yet, so there is no timeline.</p>;
  const x = (ms: number) => X0 + (Math.min(Math.max(ms, 0), duration) / duration) * (X1 - X0);
  const lanes = ["Speaking", `${interviewer} (interviewer)`, `${buddy} (buddy)`, "Machine"];
  const laneY = (i: number) => 8 + i * LANE_H;
  const axisY = laneY(lanes.length) + 2;
  const stepS = TICK_STEPS_S.find((s) => duration / 1000 / s <= 10) ?? 7200;
  const ticks = Array.from({ length: Math.floor(duration / 1000 / stepS) + 1 }, (_, i) => i * stepS * 1000);
  const tagMark = (who: "interviewer" | "buddy", lane: number) =>
    timeline[who].map((t) => {
      const cx = x(t.atMs);
      const cy = laneY(lane) + LANE_H / 2;
      const up = t.polarity === "+";
      const label = labels.get(`${who}:${t.tagId}`) ?? t.code;
      return (
        <g key={t.tagId}>
          {t.endMs > t.atMs && <rect x={cx} y={cy - 1.5} width={Math.max(0, x(t.endMs) - cx)} height="3" fill={getStepColor(t.step)} opacity="0.45" />}
          <path d={up ? `M${cx - 6},${cy + 5} L${cx + 6},${cy + 5} L${cx},${cy - 6} Z` : `M${cx - 6},${cy - 5} L${cx + 6},${cy - 5} L${cx},${cy + 6} Z`} fill={getStepColor(t.step)} stroke="white" strokeWidth="0.8">
            <title>{`${formatTime(t.atMs)} ${up ? "+" : "−"} ${label} (step ${t.step})`}</title>
          </path>
        </g>
      );
    });
  return (
    <figure className="timeline" data-testid="timeline">
      <svg viewBox={`0 0 ${W} ${axisY + 22}`} role="img" aria-label={`Timeline of ${formatTime(duration)}: who spoke, ${interviewer}'s tags, ${buddy}'s tags and the machine's findings`}>
        {lanes.map((name, i) => (
          <g key={name}>
            <rect x={X0} y={laneY(i) + 2} width={X1 - X0} height={LANE_H - 4} fill={i % 2 ? "#f8f9fa" : "#f1f3f5"} />
            <text x={LABEL_W} y={laneY(i) + LANE_H / 2 + 4} textAnchor="end" fontSize="12" fill="#343a40">{name.length > 24 ? `${name.slice(0, 23)}…` : name}</text>
          </g>
        ))}
        {timeline.speaking.map((s, i) => (
          <rect key={i} x={x(s.startMs)} y={laneY(0) + (s.role === "interviewer" ? 6 : 16)} width={Math.max(1, x(s.endMs) - x(s.startMs))} height="10" fill={ROLE_FILL[s.role] ?? ROLE_FILL.other}>
            <title>{`${formatTime(s.startMs)}–${formatTime(s.endMs)} ${s.speaker} (${s.role})`}</title>
          </rect>
        ))}
        {tagMark("interviewer", 1)}
        {tagMark("buddy", 2)}
        {timeline.machine.map((f, i) => {
          const cx = x(f.atMs);
          const cy = laneY(3) + LANE_H / 2;
          return (
            <path key={i} d={`M${cx},${cy - 6} L${cx + 5},${cy} L${cx},${cy + 6} L${cx - 5},${cy} Z`} fill={f.step ? getStepColor(f.step) : "#495057"} stroke="white" strokeWidth="0.8">
              <title>{`${formatTime(f.atMs)} ${f.label}`}</title>
            </path>
          );
        })}
        <line x1={X0} x2={X1} y1={axisY} y2={axisY} stroke="#868e96" />
        {ticks.map((ms) => (
          <g key={ms}>
            <line x1={x(ms)} x2={x(ms)} y1={axisY} y2={axisY + 4} stroke="#868e96" />
            <text x={x(ms)} y={axisY + 16} fontSize="11" textAnchor="middle" fill="#495057">{formatTime(ms)}</text>
          </g>
        ))}
      </svg>
      <figcaption className="legend">
        <span><i className="swatch" style={{ background: ROLE_FILL.interviewer }} /> interviewer speaking (upper)</span>
        <span><i className="swatch" style={{ background: ROLE_FILL.customer }} /> customer speaking (lower)</span>
        <span>▲ done well · ▼ miss · ◆ machine finding</span>
        {steps.map((s) => (
          <span key={s.step}><i className="swatch" style={{ background: getStepColor(s.step) }} /> {s.step}. {s.title}</span>
        ))}
      </figcaption>
    </figure>
  );
}
