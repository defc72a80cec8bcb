/** A test recording: per channel, tones during the given stretches (ms) and silence elsewhere, as 16-bit PCM WAV. */
export function makeToneWav(options: { rate: number; durationMs: number; channels: [number, number][][] }): Uint8Array {
  const frames = Math.round((options.rate * options.durationMs) / 1000);
  const count = options.channels.length;
  const bytes = new Uint8Array(44 + frames * count * 2);
  const view = new DataView(bytes.buffer);
  const tag = (at: number, text: string) => [...text].forEach((ch, i) => (bytes[at + i] = ch.charCodeAt(0)));
  tag(0, "RIFF");
  view.setUint32(4, 36 + frames * count * 2, true);
  tag(8, "WAVE");
  tag(12, "fmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, count, true);
  view.setUint32(24, options.rate, true);
  view.setUint32(28, options.rate * count * 2, true);
  view.setUint16(32, count * 2, true);
  view.setUint16(34, 16, true);
  tag(36, "data");
  view.setUint32(40, frames * count * 2, true);
  for (let i = 0; i < frames; i++) {
    const ms = (i / options.rate) * 1000;
    options.channels.forEach((stretches, c) => {
      const isOn = stretches.some(([from, to]) => ms >= from && ms < to);
      const value = isOn ? Math.round(Math.sin((2 * Math.PI * (300 + 200 * c) * i) / options.rate) * 12_000) : 0;
      view.setInt16(44 + (i * count + c) * 2, value, true);
    });
  }
  return bytes;
}
