import type { ReliabilityData, Value } from "./types";

/** The non-missing values of each unit (column), in coder order. */
export function collectUnitValues(data: ReliabilityData): Value[][] {
  const unitCount = data.reduce((max, row) => Math.max(max, row.length), 0);
  const units: Value[][] = Array.from({ length: unitCount }, () => []);
  for (const row of data) {
    row.forEach((cell, u) => {
      if (cell !== null && cell !== undefined) units[u].push(cell);
    });
  }
  return units;
}

/** Units coded by at least two coders; a unit seen by one coder cannot show (dis)agreement. */
export function pairableUnits(data: ReliabilityData): Value[][] {
  return collectUnitValues(data).filter((values) => values.length >= 2);
}
