import type { Unit } from "./tag-types";

/** Units sorted by start time with fast lookups by time and by id. */
export interface UnitTimeline {
  units: Unit[];
  indexOf: Map<string, number>;
  /** Units that carry character offsets, in document order (utterances do not overlap in text). */
  byChar: Unit[];
}

export function buildUnitTimeline(units: ReadonlyArray<Unit>): UnitTimeline {
  const sorted = [...units].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  const byChar = units.filter((u) => u.charStart !== undefined && u.charEnd !== undefined).sort((a, b) => a.charStart! - b.charStart!);
  return { units: sorted, indexOf: new Map(sorted.map((u, i) => [u.id, i])), byChar };
}

/**
 * Units whose text overlaps characters [from, to); an empty range selects the unit the caret is in.
 * Binary search, because a long transcript has thousands of utterances and hundreds of range tags.
 */
export function unitsInCharRange(timeline: UnitTimeline, from: number, to: number): Unit[] {
  const list = timeline.byChar;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].charEnd! < from || (from !== to && list[mid].charEnd! === from)) lo = mid + 1;
    else hi = mid;
  }
  const hits: Unit[] = [];
  for (let i = lo; i < list.length; i++) {
    const u = list[i];
    if (from === to ? u.charStart! > from : u.charStart! >= to) break;
    hits.push(u);
  }
  return hits;
}

/** How far a moment lies outside a unit's time span (0 inside it). */
export function distanceMs(unit: Unit, ms: number): number {
  return ms < unit.startMs ? unit.startMs - ms : ms > unit.endMs ? ms - unit.endMs : 0;
}

/**
 * The unit playing at `ms`; in a pause, the nearer neighbour, and on a tie the earlier one,
 * because a reaction refers to what was just said. -1 for an empty timeline.
 */
export function locateUnit(timeline: UnitTimeline, ms: number): number {
  const { units } = timeline;
  if (units.length === 0) return -1;
  let lo = 0;
  let hi = units.length - 1;
  let last = -1; // last unit starting at or before ms
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid].startMs <= ms) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (last === -1) return 0;
  if (ms < units[last].endMs) return last;
  // Overlapping speech: an earlier unit may still be running.
  for (let i = last - 1; i >= 0 && i >= last - 3; i--) if (ms < units[i].endMs) return i;
  const next = last + 1;
  if (next < units.length && distanceMs(units[next], ms) < distanceMs(units[last], ms)) return next;
  return last;
}

/** Indexes of units within `radiusMs` of `ms`, nearest first (ties: earlier first). */
export function unitsNear(timeline: UnitTimeline, ms: number, radiusMs: number): number[] {
  const start = locateUnit(timeline, ms);
  if (start < 0) return [];
  const found: number[] = [];
  const { units } = timeline;
  for (let i = start; i >= 0 && ms - units[i].endMs <= radiusMs; i--) if (distanceMs(units[i], ms) <= radiusMs) found.push(i);
  for (let i = start + 1; i < units.length && units[i].startMs - ms <= radiusMs; i++) found.push(i);
  return found.sort((a, b) => distanceMs(units[a], ms) - distanceMs(units[b], ms) || a - b);
}
