import type { AlignedTag, Tag, Unit } from "./tag-types";

export const NO_CODE = "none";

/**
 * One row per author, one column per unit: the sorted codes the author put on that unit joined
 * by "+", or "none". Every unit is observed by every author (an untagged utterance is a "none"
 * judgement, not missing data), because both people reviewed the whole interview.
 */
export function buildLabelMatrix(
  aligned: ReadonlyArray<AlignedTag>,
  units: ReadonlyArray<Unit>,
  authors: ReadonlyArray<string>,
  include: (tag: Tag) => boolean = () => true,
): string[][] {
  const codes = collectCodes(aligned, units, authors, include);
  return codes.map((row) => Array.from(row, (set) => (set ? [...set].sort().join("+") : NO_CODE)));
}

/** 1 where the author used a matching tag on the unit, else 0: the per-code present/absent view. */
export function buildPresenceMatrix(
  aligned: ReadonlyArray<AlignedTag>,
  units: ReadonlyArray<Unit>,
  authors: ReadonlyArray<string>,
  include: (tag: Tag) => boolean,
): number[][] {
  return collectCodes(aligned, units, authors, include).map((row) => Array.from(row, (set) => (set ? 1 : 0)));
}

function collectCodes(
  aligned: ReadonlyArray<AlignedTag>,
  units: ReadonlyArray<Unit>,
  authors: ReadonlyArray<string>,
  include: (tag: Tag) => boolean,
): (Set<string> | undefined)[][] {
  const column = new Map(units.map((u, i) => [u.id, i]));
  const row = new Map(authors.map((a, i) => [a, i]));
  // Most utterances carry no tag: allocate a set only where one lands.
  const cells: (Set<string> | undefined)[][] = authors.map(() => new Array(units.length).fill(undefined));
  for (const a of aligned) {
    const r = row.get(a.tag.author);
    if (r === undefined || !include(a.tag)) continue;
    for (const id of a.unitIds) {
      const c = column.get(id);
      if (c !== undefined) (cells[r][c] ??= new Set()).add(a.tag.code);
    }
  }
  return cells;
}
