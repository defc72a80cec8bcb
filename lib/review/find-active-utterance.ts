/** A transcript block with its time span on the transcript clock. */
export interface TimedBlock {
  pos: number;
  startMs: number;
  endMs: number;
}

/**
 * Time spans for blocks in document order. A block with a start but no end
 * (typed by hand) lasts until the next start, so it can still be followed.
 */
export function toTimedBlocks(blocks: { pos: number; startMs: number | null; endMs: number | null }[]): TimedBlock[] {
  const timed = blocks.filter((b): b is { pos: number; startMs: number; endMs: number | null } => b.startMs != null);
  return timed.map((block, i) => ({
    pos: block.pos,
    startMs: block.startMs,
    endMs: block.endMs ?? timed.slice(i + 1).find((next) => next.startMs > block.startMs)?.startMs ?? Number.POSITIVE_INFINITY,
  }));
}

/**
 * The block being spoken at `ms`: its [start, end) contains the time. When
 * people talk over each other, the one who started last is the live one.
 * Null in silences between turns and outside the transcript.
 */
export function findActiveBlock(blocks: TimedBlock[], ms: number | null): TimedBlock | null {
  if (ms == null) return null;
  let best: TimedBlock | null = null;
  for (const block of blocks) {
    if (block.startMs <= ms && ms < block.endMs && (!best || block.startMs >= best.startMs)) best = block;
  }
  return best;
}
