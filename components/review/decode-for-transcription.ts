import { encodeWav, SPEECH_SAMPLE_RATE } from "@/lib/transcription/read-wav-channels";

/**
 * The recording as a 16 kHz WAV with its channels kept apart (left: the
 * interviewer's microphone, right: the call), decoded by the browser, so any
 * format it can play can be transcribed; the server only reads WAV.
 * Decoded straight at 16 kHz (the context's rate): a two-hour stereo call is
 * then 0.9 GB of samples rather than 2.8 GB at the recording's 48 kHz.
 */
export async function decodeForTranscription(recording: ArrayBuffer): Promise<Uint8Array> {
  const context = new OfflineAudioContext(1, 1, SPEECH_SAMPLE_RATE);
  let decoded: AudioBuffer;
  try {
    decoded = await context.decodeAudioData(recording);
  } catch {
    throw new Error("This browser cannot decode the recording's audio.");
  }
  const channels = Math.min(2, decoded.numberOfChannels);
  return encodeWav(Array.from({ length: channels }, (_, c) => decoded.getChannelData(c)), SPEECH_SAMPLE_RATE);
}
