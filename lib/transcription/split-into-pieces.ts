/** A stretch of one channel sent in one request, in samples. */
export interface Piece {
  start: number;
  end: number;
}

const WINDOW_MS = 200;
/** Below this RMS a stretch holds no speech worth sending (a muted or silent channel). */
const SILENCE_RMS = 0.003;

/**
 * Cuts a channel into pieces of at most `maxSamples`, each cut at the quietest
 * 200 ms in the last tenth of the piece (at most 10 s back), so words are not
 * split. Pieces that are silence throughout are left out: nothing to transcribe.
 */
export function splitIntoPieces(samples: Float32Array, sampleRate: number, maxSamples: number): Piece[] {
  const window = Math.max(1, Math.round((sampleRate * WINDOW_MS) / 1000));
  const pieces: Piece[] = [];
  let start = 0;
  while (start < samples.length) {
    let end = Math.min(samples.length, start + maxSamples);
    if (end < samples.length) {
      const searchFrom = Math.max(start + window, end - Math.min(Math.floor(maxSamples / 10), sampleRate * 10));
      let quietest = end;
      let quietestRms = Infinity;
      for (let at = searchFrom; at + window <= end; at += window) {
        const level = rms(samples, at, at + window);
        if (level < quietestRms) [quietest, quietestRms] = [at + Math.floor(window / 2), level];
      }
      end = quietest;
    }
    if (rms(samples, start, end) >= SILENCE_RMS) pieces.push({ start, end });
    start = end;
  }
  return pieces;
}

function rms(samples: Float32Array, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += samples[i] * samples[i];
  return to > from ? Math.sqrt(sum / (to - from)) : 0;
}
