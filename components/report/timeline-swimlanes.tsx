"use client";

import { ReferenceArea, Scatter, ScatterChart, Tooltip, XAxis, YAxis, useXAxisScale, type TooltipContentProps } from "recharts";
import { getStepColor } from "@/lib/codebook/step-colors";
import { formatTime } from "@/lib/report/format-time";
import type { Report } from "@/lib/report/types";

// Recharts scatter chart: a numeric call-time X axis, four named lanes on the Y axis. Vector SVG, no
// animation (print and tests see the final chart), resized with its container; the print stylesheet
// also scales the SVG by its viewBox in case the browser paginates before the chart re-measures.
const TICK_STEPS_S = [5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600];
const ROLE_FILL: Record<string, string> = { interviewer: "#3b5bdb", customer: "#adb5bd", buddy: "#9c36b5", other: "#dee2e6" };
const LANE_H = 34;
const AXIS_H = 26;
const LABEL_W = 150;
// Lane centres on the Y axis, top to bottom: speaking, interviewer, buddy, machine.
const LANE = { speaking: 3.5, interviewer: 2.5, buddy: 1.5, machine: 0.5 } as const;

export interface TimelineProps {
  timeline: Report["timeline"];
  steps: { step: number; title: string }[];
  labels: Map<string, string>;
  interviewer: string;
  buddy: string;
  /** An empty seat's lane says so instead of naming a person. */
  seated?: { interviewer: boolean; buddy: boolean };
}

interface Point {
  x: number;
  y: number;
  /** Where a span tag or speaking turn ends (ms); equal to x for a moment. */
  endMs: number;
  fill: string;
  kind: "speaking" | "up" | "down" | "machine";
  detail: string;
  /** Opens the room at this moment (tags, and findings that name their utterance). */
  href?: string;
}

const clip = (s: string) => (s.length > 24 ? `${s.slice(0, 23)}…` : s);

/** A speaking turn: a bar from its start to its end, in the upper (interviewer) or lower half of the lane. */
function SpeakingBar({ cx, cy, endMs, fill }: { cx?: number; cy?: number; endMs: number; fill: string }) {
  const x = useXAxisScale();
  if (cx == null || cy == null || !x) return null;
  const end = x(endMs) ?? cx;
  return <rect x={cx} y={cy - 5} width={Math.max(1, end - cx)} height={10} fill={fill} />;
}

/** A tag (▲ done well / ▼ miss, thin bar for the span it covers) or a machine finding (◆); a link to the room at that moment. */
function Mark({ cx, cy, endMs, fill, kind, href, detail }: { cx?: number; cy?: number; endMs: number; fill: string; kind: Point["kind"]; href?: string; detail?: string }) {
  const x = useXAxisScale();
  if (cx == null || cy == null) return null;
  const end = x?.(endMs) ?? cx;
  const d =
    kind === "machine" ? `M${cx},${cy - 6} L${cx + 5},${cy} L${cx},${cy + 6} L${cx - 5},${cy} Z`
    : kind === "up" ? `M${cx - 6},${cy + 5} L${cx + 6},${cy + 5} L${cx},${cy - 6} Z`
    : `M${cx - 6},${cy - 5} L${cx + 6},${cy - 5} L${cx},${cy + 6} Z`;
  const mark = (
    <g>
      {end > cx && <rect x={cx} y={cy - 1.5} width={end - cx} height={3} fill={fill} opacity={0.45} />}
      <path d={d} fill={fill} stroke="white" strokeWidth={0.8} />
    </g>
  );
  // An SVG link: keyboard focus, middle-click and "open in new tab" work as for any link.
  return href ? (
    <a href={href} className="timeline-mark" aria-label={`${detail ?? ""}: open the room at this moment`}>
      {mark}
    </a>
  ) : (
    mark
  );
}

function Detail({ active, payload }: TooltipContentProps) {
  const point = payload?.[0]?.payload as Point | undefined;
  if (!active || !point) return null;
  return <div className="chart-tooltip">{point.detail}</div>;
}

/** Swimlanes over call time: who spoke, each person's tags, and the machine's findings. */
export function TimelineSwimlanes({ timeline, steps, labels, interviewer, buddy, seated = { interviewer: true, buddy: true } }: TimelineProps) {
  const duration = Math.max(timeline.durationMs, ...timeline.interviewer.map((t) => t.atMs), ...timeline.buddy.map((t) => t.atMs), 0);
  if (duration <= 0) return <p className="muted">No timed transcript or tags yet, so there is no timeline.</p>;
  const clamp = (ms: number) => Math.min(Math.max(ms, 0), duration);
  const laneNames: Record<number, string> = {
    [LANE.speaking]: "Speaking",
    [LANE.interviewer]: seated.interviewer ? clip(`${interviewer} (interviewer)`) : "no interviewer yet",
    [LANE.buddy]: seated.buddy ? clip(`${buddy} (buddy)`) : "no buddy yet",
    [LANE.machine]: "Machine",
  };
  const stepS = TICK_STEPS_S.find((s) => duration / 1000 / s <= 10) ?? 7200;
  const ticks = Array.from({ length: Math.floor(duration / 1000 / stepS) + 1 }, (_, i) => i * stepS * 1000);

  const speaking: Point[] = timeline.speaking.map((s) => ({
    x: clamp(s.startMs),
    y: LANE.speaking + (s.role === "interviewer" ? 0.18 : -0.12),
    endMs: clamp(s.endMs),
    fill: ROLE_FILL[s.role] ?? ROLE_FILL.other,
    kind: "speaking",
    detail: `${formatTime(s.startMs)}–${formatTime(s.endMs)} ${s.speaker} (${s.role})`,
  }));
  const tags = (who: "interviewer" | "buddy"): Point[] =>
    timeline[who].map((t) => {
      const up = t.polarity === "+";
      const label = labels.get(`${who}:${t.tagId}`) ?? t.code;
      return {
        x: clamp(t.atMs),
        y: LANE[who],
        endMs: clamp(Math.max(t.endMs, t.atMs)),
        fill: getStepColor(t.step),
        kind: up ? "up" : "down",
        detail: `${formatTime(t.atMs)} ${up ? "+" : "−"} ${label} (step ${t.step})`,
        href: t.href,
      };
    });
  const machine: Point[] = timeline.machine.map((f) => ({
    x: clamp(f.atMs),
    y: LANE.machine,
    endMs: clamp(f.atMs),
    fill: f.step ? getStepColor(f.step) : "#495057",
    kind: "machine",
    detail: `${formatTime(f.atMs)} ${f.label}`,
    href: f.href,
  }));
  const series: [string, Point[]][] = [["Speaking", speaking], [`${interviewer}'s tags`, tags("interviewer")], [`${buddy}'s tags`, tags("buddy")], ["Machine findings", machine]];

  return (
    <figure className="timeline" data-testid="timeline" aria-label={`Timeline of ${formatTime(duration)}: who spoke, ${interviewer}'s tags, ${buddy}'s tags and the machine's findings`}>
      <ScatterChart responsive style={{ width: "100%", height: 4 * LANE_H + AXIS_H + 8 }} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
        {[3, 2, 1, 0].map((i) => (
          <ReferenceArea key={i} y1={i + 0.06} y2={i + 0.94} fill={i % 2 ? "#f1f3f5" : "#f8f9fa"} fillOpacity={1} stroke="none" />
        ))}
        <XAxis type="number" dataKey="x" domain={[0, duration]} padding={{ left: 8, right: 8 }} ticks={ticks} tickFormatter={(ms: number) => formatTime(ms)} stroke="#868e96" tick={{ fontSize: 11, fill: "#495057" }} height={AXIS_H} />
        <YAxis type="number" dataKey="y" domain={[0, 4]} ticks={[LANE.machine, LANE.buddy, LANE.interviewer, LANE.speaking]} tickFormatter={(v: number) => laneNames[v] ?? ""} width={LABEL_W} axisLine={false} tickLine={false} tick={{ fontSize: 12, fill: "#343a40" }} interval={0} />
        <Tooltip content={Detail} isAnimationActive={false} cursor={false} />
        {series.map(([name, data]) => (
          <Scatter
            key={name}
            name={name}
            data={data}
            isAnimationActive={false}
            shape={(p: { cx?: number; cy?: number; payload?: Point }) =>
              p.payload?.kind === "speaking"
                ? <SpeakingBar cx={p.cx} cy={p.cy} endMs={p.payload.endMs} fill={p.payload.fill} />
                : <Mark cx={p.cx} cy={p.cy} endMs={p.payload?.endMs ?? 0} fill={p.payload?.fill ?? "#495057"} kind={p.payload?.kind ?? "machine"} href={p.payload?.href} detail={p.payload?.detail} />}
          />
        ))}
      </ScatterChart>
      <figcaption className="legend">
        <span><i className="swatch" style={{ background: ROLE_FILL.interviewer }} /> interviewer speaking (upper)</span>
        <span><i className="swatch" style={{ background: ROLE_FILL.customer }} /> customer speaking (lower)</span>
        <span>▲ done well · ▼ miss · ◆ machine finding (click one to open the room there)</span>
        {steps.map((s) => (
          <span key={s.step}><i className="swatch" style={{ background: getStepColor(s.step) }} /> {s.step}. {s.title}</span>
        ))}
      </figcaption>
    </figure>
  );
}
