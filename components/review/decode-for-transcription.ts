import { encodeWav, SPEECH_SAMPLE_RATE } from "@/lib/transcription/read-wav-channels";

/**
 * The recording as a 16 kHz WAV with its channels kept apart (left: the
 * interviewer's microphone, right: the call), decoded by the browser, so any
 * format it can play can be transcribed; the server only reads WAV.
 */
export async function decodeForTranscription(recording: ArrayBuffer): Promise<Uint8Array> {
  const context = new AudioContext();
  let decoded: AudioBuffer;
  try {
    decoded = await context.decodeAudioData(recording);
  } catch {
    throw new Error("This browser cannot decode the recording's audio.");
  } finally {
    void context.close();
  }
  const channels = Math.min(2, decoded.numberOfChannels);
  const offline = new OfflineAudioContext(channels, Math.ceil(decoded.duration * SPEECH_SAMPLE_RATE), SPEECH_SAMPLE_RATE);
  const source = offline.createBufferSource();
  source.buffer = decoded;
  // Channels straight through (a merger keeps left and right apart instead of mixing them down).
  const merger = offline.createChannelMerger(channels);
  const splitter = offline.createChannelSplitter(decoded.numberOfChannels);
  source.connect(splitter);
  for (let c = 0; c < channels; c++) splitter.connect(merger, c, c);
  merger.connect(offline.destination);
  source.start();
  const rendered = await offline.startRendering();
  return encodeWav(Array.from({ length: channels }, (_, c) => rendered.getChannelData(c)), SPEECH_SAMPLE_RATE);
}
