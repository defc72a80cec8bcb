/**
 * Voice activity from energy, per channel, with hangover: a frame counts as
 * speech when its level is well above the channel's noise floor, and a turn
 * ends only after `hangoverMs` without speech, so the pauses between words
 * and the gaps between syllables do not split one turn into many.
 */
export interface VoiceActivityOptions {
  /** Speech must be this far above the tracked noise floor (dB). */
  marginDb?: number;
  /** …and above this absolute level (dBFS): near-silent channels never "speak". */
  minLevelDb?: number;
  hangoverMs?: number;
  /** A burst shorter than this (a cough, a click) is not a turn. */
  minTurnMs?: number;
}

export interface VoiceSegment {
  startMs: number;
  endMs: number;
}

export interface VoiceActivity {
  /** Feeds one frame's RMS level (linear, 0–1) at time `atMs`; returns a segment when one has just closed. */
  push(rms: number, atMs: number): VoiceSegment | null;
  /** The open turn's start, if someone is speaking now. */
  openSince(): number | null;
  /** Closes an open turn (recording stopped). */
  flush(atMs: number): VoiceSegment | null;
}

export function toDb(rms: number): number {
  return rms > 0 ? 20 * Math.log10(rms) : -120;
}

export function createVoiceActivity(options: VoiceActivityOptions = {}): VoiceActivity {
  const marginDb = options.marginDb ?? 12;
  const minLevelDb = options.minLevelDb ?? -50;
  const hangoverMs = options.hangoverMs ?? 400;
  const minTurnMs = options.minTurnMs ?? 150;
  let floorDb = -70;
  let start: number | null = null;
  let lastSpeech = 0;

  const close = (endMs: number): VoiceSegment | null => {
    const segment = start != null && endMs - start >= minTurnMs ? { startMs: start, endMs } : null;
    start = null;
    return segment;
  };

  return {
    push(rms, atMs) {
      const level = toDb(rms);
      // The floor follows quiet frames quickly and loud ones very slowly, so speech does not raise it.
      floorDb = level < floorDb ? floorDb + (level - floorDb) * 0.2 : floorDb + Math.min(0.02, level - floorDb);
      const isSpeech = level > Math.max(floorDb + marginDb, minLevelDb);
      if (isSpeech) {
        if (start == null) start = atMs;
        lastSpeech = atMs;
        return null;
      }
      if (start != null && atMs - lastSpeech > hangoverMs) return close(lastSpeech);
      return null;
    },
    openSince: () => start,
    flush: (atMs) => (start != null ? close(Math.min(atMs, lastSpeech + hangoverMs)) : null),
  };
}
