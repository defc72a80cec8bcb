// Published reliability data sets used by the tests. Layout: rows = coders, columns = units.

/**
 * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Departmental Papers (ASC),
 * University of Pennsylvania, https://repository.upenn.edu/asc_papers/43 — the worked
 * 4 observers × 12 units example with missing values (also irrCAC's `cac.raw4raters`).
 */
export const KRIPPENDORFF_4X12 = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];

/**
 * Wikipedia, "Krippendorff's alpha", section "A computational example" (3 coders × 15 units with
 * missing values); the same data are the reference tests of the `krippendorff` Python package
 * (pln-fing-udelar/fast-krippendorff, tests/test_krippendorff.py).
 */
export const WIKIPEDIA_3X15 = [
  [null, null, null, null, null, 3, 4, 1, 2, 1, 1, 3, 3, null, 3],
  [1, null, 2, 1, 3, 3, 4, 3, null, null, null, null, null, null, null],
  [null, null, 2, 1, 3, 4, 4, null, 2, 1, 1, 3, 3, null, 4],
];

/** Expands a square contingency table (rows = coder A, cols = coder B) into two coder rows. */
export function tableToRows(table: number[][], labels: string[]): [string[], string[]] {
  const a: string[] = [];
  const b: string[] = [];
  table.forEach((row, i) =>
    row.forEach((count, j) => {
      for (let k = 0; k < count; k++) {
        a.push(labels[i]);
        b.push(labels[j]);
      }
    }),
  );
  return [a, b];
}
