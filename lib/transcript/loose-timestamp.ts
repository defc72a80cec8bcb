// Timestamps as real exporters write them, beyond strict WebVTT: SRT's comma
// ("00:00:01,500"), Teams' unpadded "0:0:1.5", hour-less "01:02.3", and no
// fraction at all ("00:01:02"). Returns whole milliseconds.
const LOOSE = /^(?:(\d{1,3}):)?(\d{1,3}):(\d{1,2})(?:[.,](\d{1,9}))?$/;

export function parseLooseTimestamp(text: string): number | undefined {
  const m = LOOSE.exec(text.trim());
  if (!m) return undefined;
  const hours = m[1] === undefined ? 0 : Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = Number(m[3]);
  // Seconds ≥ 60 are ambiguous (typo or overflow?), so they are rejected;
  // minutes ≥ 60 are only accepted with no hours field ("75:00" = 75 min).
  if (seconds > 59 || (m[1] !== undefined && minutes > 59)) return undefined;
  const fraction = m[4] === undefined ? 0 : Math.round(Number(`0.${m[4]}`) * 1000);
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction;
}

export interface LooseTiming {
  startMs: number;
  endMs: number;
  /** Whatever follows the end time (WebVTT settings, SRT coordinates). */
  rest: string;
}

/** "START --> END rest" with loose timestamps, or undefined. */
export function parseLooseTimingLine(line: string): LooseTiming | undefined {
  const m = /^\s*(\S+)\s*-->\s*([\d:.,]+)(.*)$/.exec(line);
  if (!m) return undefined;
  const startMs = parseLooseTimestamp(m[1]);
  const endMs = parseLooseTimestamp(m[2]);
  if (startMs === undefined || endMs === undefined) return undefined;
  return { startMs, endMs, rest: m[3] };
}

export function formatVttTimestamp(ms: number): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}
