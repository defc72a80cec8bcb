/** The rate speech-to-text models work at; sending more only makes pieces shorter. */
export const SPEECH_SAMPLE_RATE = 16_000;

export interface AudioChannels {
  sampleRate: number;
  /** One array of samples in [-1, 1] per channel, in file order. */
  channels: Float32Array[];
  durationMs: number;
}

const CONVERT_HINT = "convert it first, e.g. ffmpeg -i call.webm -ac 2 -ar 16000 call.wav";

/**
 * A WAV file's channels (PCM 8/16/24/32-bit or 32-bit float, 1 or 2 channels),
 * each resampled to 16 kHz. Hand-written: the WAV library tried (wavefile 11)
 * took 48 s to convert 30 s of 48 kHz stereo to floats. Throws with what is
 * wrong and at which byte.
 */
export function readWavChannels(bytes: Uint8Array): AudioChannels {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 12 || tag(0) !== "RIFF" || tag(8) !== "WAVE") throw new Error(`not a WAV file (no RIFF/WAVE header at byte 0); ${CONVERT_HINT}`);
  let format: { code: number; channels: number; rate: number; bits: number; align: number } | null = null;
  let data: { at: number; size: number } | null = null;
  for (let at = 12; at + 8 <= bytes.length; ) {
    const id = tag(at);
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === "fmt ") {
      if (size < 16 || body + size > bytes.length) throw new Error(`the WAV file's fmt chunk at byte ${at} is cut short`);
      let code = view.getUint16(body, true);
      if (code === 0xfffe && size >= 40) code = view.getUint16(body + 24, true); // WAVE_FORMAT_EXTENSIBLE: the sub-format
      format = { code, channels: view.getUint16(body + 2, true), rate: view.getUint32(body + 4, true), align: view.getUint16(body + 12, true), bits: view.getUint16(body + 14, true) };
    } else if (id === "data") {
      // A recorder that was cut off leaves the size unset or too large: take what is there.
      data = { at: body, size: Math.min(size, bytes.length - body) };
      break;
    }
    at = body + size + (size % 2);
  }
  if (!format) throw new Error("the WAV file has no fmt chunk");
  if (!data) throw new Error("the WAV file has no data chunk");
  const { code, channels: count, rate, bits, align } = format;
  const isFloat = code === 3 && bits === 32;
  if (!(code === 1 && [8, 16, 24, 32].includes(bits)) && !isFloat) throw new Error(`the WAV file's encoding (format ${code}, ${bits}-bit) is not PCM or 32-bit float; ${CONVERT_HINT}`);
  if (count < 1 || count > 2) throw new Error(`the WAV file has ${count} channels; a call recording has 1 or 2`);
  if (rate < 8_000) throw new Error(`the WAV file's sample rate is ${rate} Hz; speech needs at least 8000 Hz`);
  const frames = Math.floor(data.size / align);
  const bytesPer = bits / 8;
  const read = (offset: number): number => {
    if (isFloat) return view.getFloat32(offset, true);
    if (bits === 16) return view.getInt16(offset, true) / 32768;
    if (bits === 8) return (bytes[offset] - 128) / 128;
    if (bits === 24) return ((view.getUint8(offset) | (view.getUint8(offset + 1) << 8) | (view.getInt8(offset + 2) << 16)) / 8388608);
    return view.getInt32(offset, true) / 2147483648;
  };
  const channels = Array.from({ length: count }, (_, c) => {
    const samples = new Float32Array(frames);
    for (let i = 0, offset = data.at + c * bytesPer; i < frames; i++, offset += align) samples[i] = read(offset);
    return resample(samples, rate, SPEECH_SAMPLE_RATE);
  });
  return { sampleRate: SPEECH_SAMPLE_RATE, channels, durationMs: Math.round((frames / rate) * 1000) };
}

/** Averages over each output sample's span (a box filter against aliasing), then interpolates linearly. */
function resample(input: Float32Array, from: number, to: number): Float32Array {
  if (from === to) return input;
  const ratio = from / to;
  const output = new Float32Array(Math.floor(input.length / ratio));
  const half = Math.max(0, Math.floor(ratio / 2));
  for (let i = 0; i < output.length; i++) {
    const center = i * ratio;
    const lo = Math.max(0, Math.floor(center) - half);
    const hi = Math.min(input.length - 1, Math.floor(center) + half);
    let sum = 0;
    for (let j = lo; j <= hi; j++) sum += input[j];
    output[i] = sum / (hi - lo + 1);
  }
  return output;
}

/** Samples as a 16-bit mono WAV file, the form every transcription service takes. */
export function encodeMonoWav(samples: Float32Array, sampleRate: number): Uint8Array {
  return encodeWav([samples], sampleRate);
}

/** Channels (of equal length) as one 16-bit PCM WAV file, interleaved. */
export function encodeWav(channels: Float32Array[], sampleRate: number): Uint8Array {
  const count = channels.length;
  const frames = channels[0]?.length ?? 0;
  const dataBytes = frames * count * 2;
  const bytes = new Uint8Array(44 + dataBytes);
  const view = new DataView(bytes.buffer);
  const writeTag = (at: number, text: string) => [...text].forEach((ch, i) => (bytes[at + i] = ch.charCodeAt(0)));
  writeTag(0, "RIFF");
  view.setUint32(4, 36 + dataBytes, true);
  writeTag(8, "WAVE");
  writeTag(12, "fmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, count, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * count * 2, true);
  view.setUint16(32, count * 2, true);
  view.setUint16(34, 16, true);
  writeTag(36, "data");
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < frames; i++) {
    for (let c = 0; c < count; c++) {
      const value = Math.max(-32768, Math.min(32767, Math.round(channels[c][i] * 32767)));
      view.setInt16(44 + (i * count + c) * 2, value, true);
    }
  }
  return bytes;
}
