import { utf16Indexes } from "./code-points";

/** How a tool counted positions: what the standard says (code points), or a deviation seen in real exports. */
export type OffsetReading = "code-points" | "utf16" | "code-points-crlf-as-one";
export interface OffsetChoice {
  reading: OffsetReading;
  isEndInclusive: boolean;
  /** UTF-16 index of a position as this reading counts it; -1 when out of range. */
  toUtf16: (position: number) => number;
  /** Selections that start and end on a word boundary under this reading. */
  onBoundaries: number;
}

const WORD = /[\p{L}\p{N}_]/u;

/**
 * Which reading of the positions puts the selections on word boundaries (people select words, so
 * the right reading lands there far more often). Ties go to the standard: code points, end exclusive.
 */
export function chooseOffsetReading(text: string, selections: ReadonlyArray<{ start: number; end: number }>): OffsetChoice {
  const cp = utf16Indexes(text);
  const readings: Array<[OffsetReading, (p: number) => number]> = [
    ["code-points", (p) => (p >= 0 && p < cp.length ? cp[p] : -1)],
    ["utf16", (p) => (p >= 0 && p <= text.length ? p : -1)],
  ];
  if (text.includes("\r\n")) {
    const collapsed = crlfAsOne(text);
    readings.push(["code-points-crlf-as-one", (p) => (p >= 0 && p < collapsed.length ? collapsed[p] : -1)]);
  }
  const isBoundary = (i: number) => i === 0 || i === text.length || !WORD.test(text[i - 1]) || !WORD.test(text[i]);
  let best: OffsetChoice | null = null;
  for (const isEndInclusive of [false, true]) {
    for (const [reading, toUtf16] of readings) {
      let onBoundaries = 0;
      for (const s of selections) {
        const from = toUtf16(s.start);
        const to = toUtf16(s.end + (isEndInclusive ? 1 : 0));
        if (from >= 0 && to > from && isBoundary(from) && isBoundary(to)) onBoundaries++;
      }
      if (!best || onBoundaries > best.onBoundaries) best = { reading, isEndInclusive, toUtf16, onBoundaries };
    }
  }
  return best!;
}

function crlfAsOne(text: string): Int32Array {
  const cp = utf16Indexes(text);
  const out: number[] = [];
  for (let c = 0; c < cp.length; c++) {
    const i = cp[c];
    if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) continue;
    out.push(i);
  }
  return Int32Array.from(out);
}

export function describeReading(choice: OffsetChoice): string {
  const unit = { "code-points": "Unicode code points", utf16: "UTF-16 code units", "code-points-crlf-as-one": "code points with each CRLF counted as one" }[choice.reading];
  return `positions read as ${unit}${choice.isEndInclusive ? ", end inclusive" : ""}`;
}
