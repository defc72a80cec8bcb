"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { formatFixed } from "@/lib/report/format-fixed";

export type TrendFormat = "percent" | "decimal";

export interface TrendChartProps {
  title: string;
  /** One value per interview, oldest first; null where there is nothing to plot. */
  values: (number | null)[];
  labels: string[];
  domain: [number, number];
  /** How values read: a whole percentage of a share, or two decimals (κ). A name, not a function, so a server page can pass it. */
  format: TrendFormat;
  /** Which way is better, for the caption. */
  better: "lower" | "higher";
  testId: string;
}

const FORMATS: Record<TrendFormat, (v: number) => string> = {
  percent: (v) => `${Math.round(v * 100)}%`,
  decimal: (v) => formatFixed(v, 2),
};

function Detail({ active, payload, format }: TooltipContentProps & { format: TrendFormat }) {
  const point = payload?.[0]?.payload as { label: string; value: number | null } | undefined;
  if (!active || !point || point.value === null) return null;
  return <div className="chart-tooltip">{`${point.label}: ${FORMATS[format](point.value)}`}</div>;
}

/** A small-multiple line chart (Recharts, vector SVG, no animation so print shows the final chart). */
export function TrendChart({ title, values, labels, domain, format, better, testId }: TrendChartProps) {
  const [lo, hi] = domain;
  const fmt = FORMATS[format];
  const data = values.map((value, i) => ({ label: labels[i] ?? "", value }));
  return (
    <figure className="trend-chart" data-testid={testId} aria-label={`${title}: ${values.map((v, i) => `${labels[i]} ${v === null ? "n/a" : fmt(v)}`).join("; ")}`}>
      <figcaption><strong>{title}</strong> <span className="muted">({better} is better)</span></figcaption>
      <LineChart responsive data={data} style={{ width: "100%", height: 140 }} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid vertical={false} stroke="#e9ecef" />
        {/* Gaps (interviews without the figure) break the line rather than bridging it. */}
        <XAxis dataKey="label" interval="preserveStartEnd" tick={{ fontSize: 10, fill: "#868e96" }} stroke="#ced4da" padding={{ left: 10, right: 10 }} />
        <YAxis type="number" domain={[lo, hi]} ticks={[lo, (lo + hi) / 2, hi]} tickFormatter={fmt} width={40} tick={{ fontSize: 10, fill: "#868e96" }} axisLine={false} tickLine={false} />
        <Tooltip content={(p) => <Detail {...p} format={format} />} isAnimationActive={false} />
        <Line dataKey="value" name={title} stroke="#3b5bdb" strokeWidth={2} dot={{ r: 3.5, fill: "#3b5bdb", stroke: "none" }} activeDot={{ r: 5 }} connectNulls={false} isAnimationActive={false} />
      </LineChart>
    </figure>
  );
}
