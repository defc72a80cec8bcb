// The review UI's one unit for clock settings: seconds. The recording's offset and the
// transcript's start on the call clock (both stored in ms) are shown and typed the same way.

/** Milliseconds as the seconds a field shows: 1500 → "1.5", -2000 → "-2", 0 → "0". */
export function formatSecondsField(ms: number): string {
  return String(Math.round(ms) / 1000);
}
