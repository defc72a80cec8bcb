import type { SpeakerRole } from "../vocabulary";
import type { Utterance } from "../transcript/types";
import { encodeMonoWav, readWavChannels } from "./read-wav-channels";
import { requestTranscription, TranscriptionError, type TranscribedSegment } from "./request-transcription";
import type { TranscriptionSettings } from "./settings";
import { splitIntoPieces } from "./split-into-pieces";

/** Who speaks on each channel: a call recorded in the room has the interviewer left and the call right. */
export const STEREO_CALL_CHANNELS: { speaker: string; role: SpeakerRole }[] = [
  { speaker: "Interviewer", role: "interviewer" },
  { speaker: "Customer", role: "customer" },
];
const MONO_CHANNEL = [{ speaker: "Speaker", role: "other" as SpeakerRole }];

export interface TranscriptionProgress {
  done: number;
  total: number;
  /** Set while a failed piece is tried again. */
  retrying?: { piece: number; attempt: number; error: string };
}

/** Same-speaker segments closer than this become one utterance (services split at every sentence). */
const JOIN_GAP_MS = 1_000;
const ATTEMPTS = 3;

/**
 * A WAV recording as utterances: each channel is sent on its own, in pieces
 * within the service's size limit, so every segment's speaker is its channel's
 * (no diarization). A piece that fails is tried up to three times; if it still
 * fails the whole transcription fails (nothing half-done is returned).
 */
export async function transcribeRecording(options: {
  settings: TranscriptionSettings;
  wav: Uint8Array;
  channels?: { speaker: string; role: SpeakerRole }[];
  onProgress?(progress: TranscriptionProgress): void;
  /** Waits between attempts (tests pass a short one). */
  retryDelayMs?: number;
}): Promise<{ utterances: Utterance[]; durationMs: number; pieces: number }> {
  const audio = readWavChannels(options.wav);
  const speakers = options.channels ?? (audio.channels.length === 2 ? STEREO_CALL_CHANNELS : MONO_CHANNEL);
  if (speakers.length !== audio.channels.length) {
    throw new Error(`the recording has ${audio.channels.length} channel(s) but ${speakers.length} speaker(s) were given`);
  }
  const maxSamples = Math.floor((options.settings.maxPieceBytes - 44) / 2);
  const work = audio.channels.flatMap((samples, channel) =>
    splitIntoPieces(samples, audio.sampleRate, maxSamples).map((piece) => ({ samples, channel, piece })),
  );
  const total = work.length;
  let done = 0;
  options.onProgress?.({ done, total });
  const segments: (TranscribedSegment & { channel: number })[] = [];
  for (const [index, { samples, channel, piece }] of work.entries()) {
    const wav = encodeMonoWav(samples.subarray(piece.start, piece.end), audio.sampleRate);
    const offsetMs = Math.round((piece.start / audio.sampleRate) * 1000);
    const fileName = `channel-${channel + 1}-piece-${index + 1}.wav`;
    const result = await withRetries(
      () => requestTranscription({ settings: options.settings, wav, fileName }),
      (attempt, error) => options.onProgress?.({ done, total, retrying: { piece: index + 1, attempt, error: error.message } }),
      options.retryDelayMs ?? 2_000,
    ).catch((error: Error) => {
      throw new TranscriptionError(`piece ${index + 1} of ${total} (${speakers[channel].speaker}, from ${formatTime(offsetMs)}) failed: ${error.message}`, false);
    });
    for (const s of result) segments.push({ channel, startMs: s.startMs + offsetMs, endMs: s.endMs + offsetMs, text: s.text });
    options.onProgress?.({ done: ++done, total });
  }
  return { utterances: joinSegments(segments, speakers), durationMs: audio.durationMs, pieces: total };
}

async function withRetries<T>(attempt: () => Promise<T>, onRetry: (attempt: number, error: Error) => void, delayMs: number): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      const isRetryable = !(error instanceof TranscriptionError) || error.isRetryable;
      if (!isRetryable || n >= ATTEMPTS) throw error;
      onRetry(n + 1, error as Error);
      await new Promise((resolve) => setTimeout(resolve, delayMs * n));
    }
  }
}

function joinSegments(segments: (TranscribedSegment & { channel: number })[], speakers: { speaker: string; role: SpeakerRole }[]): Utterance[] {
  const sorted = [...segments].sort((a, b) => a.startMs - b.startMs || a.channel - b.channel);
  const utterances: (Utterance & { channel: number })[] = [];
  for (const s of sorted) {
    const last = utterances.at(-1);
    if (last && last.channel === s.channel && s.startMs - last.endMs < JOIN_GAP_MS) {
      last.text = `${last.text} ${s.text}`;
      last.endMs = Math.max(last.endMs, s.endMs);
      continue;
    }
    utterances.push({ channel: s.channel, speaker: speakers[s.channel].speaker, role: speakers[s.channel].role, startMs: s.startMs, endMs: s.endMs, text: s.text });
  }
  return utterances.map(({ channel: _channel, ...utterance }) => utterance);
}

function formatTime(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
