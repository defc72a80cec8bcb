/** Times on the transcript clock that may be missing (utterances typed or pasted without them). */
export interface LooseTimes {
  startMs: number | null;
  endMs: number | null;
}

export type Timed<T extends LooseTimes> = Omit<T, "startMs" | "endMs"> & { startMs: number; endMs: number };

/**
 * Gives every utterance a time, in document order: one without a start gets the previous
 * utterance's end as a zero-length time, so order holds and time-based metrics ignore it; a
 * missing end, or one before the start, is the start. The report, the room's tag view and the
 * machine evidence read untimed utterances this one way, so a live tag lands on the same one.
 * Returns how many had no start.
 */
export function fillTimings<T extends LooseTimes>(input: ReadonlyArray<T>): { items: Timed<T>[]; untimed: number } {
  let previousEnd = 0;
  let untimed = 0;
  const items = input.map((u) => {
    if (u.startMs == null) untimed++;
    const startMs = u.startMs ?? previousEnd;
    const endMs = Math.max(startMs, u.endMs ?? startMs);
    previousEnd = Math.max(previousEnd, endMs);
    return { ...u, startMs, endMs };
  });
  return { items, untimed };
}
