import type { Level } from "./types";

/**
 * Squared difference functions δ²(c, k) of Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability". Values are indexes into the sorted list of distinct values; `counts[i]`
 * is n_i, the number of pairable values equal to values[i] (needed by the ordinal metric).
 */
export type Distance = (i: number, j: number) => number;

export function makeDistance(level: Level, values: ReadonlyArray<number | string>, counts: ReadonlyArray<number>): Distance {
  switch (level) {
    case "nominal":
      return (i, j) => (i === j ? 0 : 1);
    case "interval": {
      const x = values as ReadonlyArray<number>;
      return (i, j) => (x[i] - x[j]) ** 2;
    }
    case "ratio": {
      const x = values as ReadonlyArray<number>;
      // Two zeros are identical, not undefined: 0/0 is read as no difference.
      return (i, j) => (x[i] + x[j] === 0 ? 0 : ((x[i] - x[j]) / (x[i] + x[j])) ** 2);
    }
    case "ordinal": {
      // δ²(c,k) = (Σ_{g=c..k} n_g − (n_c + n_k)/2)²; prefix sums make each lookup O(1).
      const prefix = [0];
      for (const n of counts) prefix.push(prefix[prefix.length - 1] + n);
      return (i, j) => {
        const lo = Math.min(i, j);
        const hi = Math.max(i, j);
        if (lo === hi) return 0;
        const between = prefix[hi + 1] - prefix[lo];
        return (between - (counts[lo] + counts[hi]) / 2) ** 2;
      };
    }
  }
}
