// The review UI's one unit for clock settings: seconds. The recording's offset and the
// transcript's start on the call clock (both stored in ms) are shown and typed the same way.

/**
 * What someone typed into a seconds field, in ms: "1.5", "-2", "90", or "m:ss" as times are
 * written elsewhere ("1:30", "-0:05.5"). Null when it is not a time.
 */
export function parseSecondsField(text: string): number | null {
  const value = text.trim().replace(",", ".");
  if (value === "") return null;
  const clock = /^(-?)(\d+):([0-5]?\d(?:\.\d+)?)$/.exec(value);
  if (clock) {
    const ms = (Number(clock[2]) * 60 + Number(clock[3])) * 1000;
    return Math.round(clock[1] ? -ms : ms);
  }
  if (!/^-?\d+(\.\d+)?$|^-?\.\d+$/.test(value)) return null;
  return Math.round(Number(value) * 1000);
}
