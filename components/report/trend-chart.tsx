export interface TrendChartProps {
  title: string;
  /** One value per interview, oldest first; null where there is nothing to plot. */
  values: (number | null)[];
  labels: string[];
  domain: [number, number];
  format: (v: number) => string;
  /** Which way is better, for the caption. */
  better: "lower" | "higher";
  testId: string;
}

const W = 320;
const H = 130;
const PAD = { left: 36, right: 10, top: 12, bottom: 22 };

/** A small-multiple line chart in plain SVG (prints as vectors, needs no script). */
export function TrendChart({ title, values, labels, domain, format, better, testId }: TrendChartProps) {
  const [lo, hi] = domain;
  const n = values.length;
  const x = (i: number) => PAD.left + (n <= 1 ? (W - PAD.left - PAD.right) / 2 : (i / (n - 1)) * (W - PAD.left - PAD.right));
  const y = (v: number) => PAD.top + (1 - (Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo)) * (H - PAD.top - PAD.bottom);
  const points = values.map((v, i) => (v === null ? null : { x: x(i), y: y(v), v, i }));
  // Gaps (interviews without the figure) break the line rather than bridging it.
  const segments: string[] = [];
  let current: string[] = [];
  for (const p of points) {
    if (p) {
      current.push(`${p.x.toFixed(1)},${p.y.toFixed(1)}`);
    } else if (current.length) {
      segments.push(current.join(" "));
      current = [];
    }
  }
  if (current.length) segments.push(current.join(" "));
  const gridValues = [lo, (lo + hi) / 2, hi];
  return (
    <figure className="trend-chart" data-testid={testId}>
      <figcaption><strong>{title}</strong> <span className="muted">({better} is better)</span></figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}: ${values.map((v, i) => `${labels[i]} ${v === null ? "n/a" : format(v)}`).join("; ")}`}>
        {gridValues.map((g) => (
          <g key={g}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(g)} y2={y(g)} stroke="#e9ecef" />
            <text x={PAD.left - 4} y={y(g) + 4} fontSize="10" textAnchor="end" fill="#868e96">{format(g)}</text>
          </g>
        ))}
        {segments.map((s) => <polyline key={s} points={s} fill="none" stroke="#3b5bdb" strokeWidth="2" />)}
        {points.map((p) => p && (
          <circle key={p.i} cx={p.x} cy={p.y} r="3.5" fill="#3b5bdb">
            <title>{`${labels[p.i]}: ${format(p.v)}`}</title>
          </circle>
        ))}
        {n > 0 && <text x={x(0)} y={H - 6} fontSize="10" textAnchor={n > 1 ? "start" : "middle"} fill="#868e96">{labels[0]}</text>}
        {n > 1 && <text x={x(n - 1)} y={H - 6} fontSize="10" textAnchor="end" fill="#868e96">{labels[n - 1]}</text>}
      </svg>
    </figure>
  );
}
