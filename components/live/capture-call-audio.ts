/**
 * The call's audio as the room records it: the interviewer's microphone on
 * the left channel, the call (a shared tab or window, with its audio) on the
 * right, kept apart so each speaker is known from the channel alone; plus
 * each channel's level every 20 ms, for the talk-time meter.
 */
export interface CallAudio {
  recorder: MediaRecorder;
  /** AudioContext time (s) at which recording started: level frames are timed against it. */
  startedAt: number;
  hasCallChannel: boolean;
  /** Audio recorded so far (ms), pauses left out. */
  elapsedMs(): number;
  /** Recording time (ms) of a moment in AudioContext time; null while paused. */
  recordingMsAt(contextTime: number): number | null;
  /** With the call clock: a paused call is not recorded, so the recording keeps the call's time. */
  pause(): void;
  resume(): void;
  stop(): void;
}

export class CaptureProblem extends Error {}

export const TAB_AUDIO_HELP =
  "Chrome and Edge on a computer can record a call's audio: share the call's tab and tick \"Also share tab audio\" (on Windows, a whole screen with system audio also works). Firefox and Safari cannot capture another tab's sound.";

// Runs on the audio thread, so it keeps measuring while the room's tab is in the background (timers there are throttled).
const LEVEL_WORKLET = `
class Levels extends AudioWorkletProcessor {
  constructor() { super(); this.sums = [0, 0]; this.count = 0; this.frame = Math.round(sampleRate / 50); }
  process(inputs) {
    const input = inputs[0];
    if (!input || input.length === 0) return true;
    const n = input[0].length;
    for (let c = 0; c < 2; c++) { const data = input[c] || input[0]; let s = 0; for (let i = 0; i < n; i++) s += data[i] * data[i]; this.sums[c] += s; }
    this.count += n;
    if (this.count >= this.frame) {
      this.port.postMessage({ at: currentTime, left: Math.sqrt(this.sums[0] / this.count), right: Math.sqrt(this.sums[1] / this.count) });
      this.sums = [0, 0]; this.count = 0;
    }
    return true;
  }
}
registerProcessor("secondear-levels", Levels);
`;

function pickMimeType(): string | undefined {
  return ["audio/webm;codecs=opus", "audio/webm", "audio/ogg;codecs=opus", "audio/mp4"].find((type) => MediaRecorder.isTypeSupported(type));
}

export async function openMicrophone(): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) throw new CaptureProblem("This browser cannot record audio here (it needs a secure https:// page).");
  try {
    // No automatic gain: it would make the interviewer's quiet moments look like speech to the meter.
    return await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: false, autoGainControl: false } });
  } catch (error) {
    const name = (error as DOMException).name;
    if (name === "NotAllowedError") throw new CaptureProblem("The browser was not allowed to use your microphone: allow it in the address bar and try again.");
    if (name === "NotFoundError") throw new CaptureProblem("No microphone was found.");
    throw new CaptureProblem(`The microphone could not be opened (${name}).`);
  }
}

/** The call's tab or window, with its sound; null when the person chose to record the microphone only. */
export async function openCallTab(): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getDisplayMedia) throw new CaptureProblem(`This browser cannot capture the call's audio. ${TAB_AUDIO_HELP}`);
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false } });
  } catch (error) {
    if ((error as DOMException).name === "NotAllowedError") throw new CaptureProblem("Sharing was cancelled: choose the call's tab to record what the customer says.");
    throw new CaptureProblem(`The call's tab could not be shared (${(error as DOMException).name}).`);
  }
  if (stream.getAudioTracks().length === 0) {
    for (const track of stream.getTracks()) track.stop();
    throw new CaptureProblem(`What you shared has no sound. ${TAB_AUDIO_HELP}`);
  }
  return stream;
}

export async function startCallAudio(options: { mic: MediaStream; call: MediaStream | null; onLevels: (frame: { at: number; left: number; right: number }) => void }): Promise<CallAudio> {
  const context = new AudioContext();
  if (context.state === "suspended") await context.resume();
  const merger = context.createChannelMerger(2);
  context.createMediaStreamSource(options.mic).connect(merger, 0, 0);
  if (options.call) context.createMediaStreamSource(options.call).connect(merger, 0, 1);
  const destination = context.createMediaStreamDestination();
  destination.channelCount = 2;
  merger.connect(destination);

  const url = URL.createObjectURL(new Blob([LEVEL_WORKLET], { type: "text/javascript" }));
  await context.audioWorklet.addModule(url);
  URL.revokeObjectURL(url);
  const levels = new AudioWorkletNode(context, "secondear-levels", { numberOfInputs: 1, numberOfOutputs: 0, channelCount: 2, channelCountMode: "explicit" });
  levels.port.onmessage = (event) => options.onLevels(event.data);
  merger.connect(levels);

  const startedAt = context.currentTime;
  let pausedSeconds = 0;
  let pausedSince: number | null = null;
  const mimeType = pickMimeType();
  const recorder = new MediaRecorder(destination.stream, { ...(mimeType ? { mimeType } : {}), audioBitsPerSecond: 64_000 });
  return {
    recorder,
    startedAt,
    hasCallChannel: options.call != null,
    elapsedMs: () => (context.currentTime - startedAt - pausedSeconds - (pausedSince != null ? context.currentTime - pausedSince : 0)) * 1000,
    recordingMsAt: (contextTime) => (pausedSince != null ? null : (contextTime - startedAt - pausedSeconds) * 1000),
    pause() {
      if (pausedSince != null || recorder.state !== "recording") return;
      recorder.pause();
      pausedSince = context.currentTime;
    },
    resume() {
      if (pausedSince == null) return;
      recorder.resume();
      pausedSeconds += context.currentTime - pausedSince;
      pausedSince = null;
    },
    stop() {
      if (recorder.state !== "inactive") recorder.stop();
      for (const track of [...options.mic.getTracks(), ...(options.call?.getTracks() ?? [])]) track.stop();
      levels.port.onmessage = null;
      void context.close();
    },
  };
}
