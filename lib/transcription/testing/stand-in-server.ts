// A stand-in for a speech-to-text service in tests (a real model cannot run on
// these machines): it speaks the OpenAI audio-transcription contract and
// "hears" a segment wherever the piece it is sent is loud, so tests know what
// each piece should yield.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { readWavChannels } from "../read-wav-channels";

export interface ReceivedRequest {
  authorization?: string;
  model: string | null;
  responseFormat: string | null;
  granularities: string[];
  fileName: string;
  sampleRate: number;
  channels: number;
  durationMs: number;
}

export async function startStandInTranscriber(options: { failFirst?: number; answer?: (request: ReceivedRequest) => { status: number; body: string } } = {}) {
  const received: ReceivedRequest[] = [];
  let failuresLeft = options.failFirst ?? 0;
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== "POST" || req.url !== "/v1/audio/transcriptions") return void res.writeHead(404).end("not found");
    const form = await new Request("http://stand-in", { method: "POST", headers: req.headers as HeadersInit, body: Buffer.concat(chunks) }).formData();
    const file = form.get("file") as File;
    const audio = readWavChannels(new Uint8Array(await file.arrayBuffer()));
    const request: ReceivedRequest = {
      authorization: req.headers.authorization,
      model: form.get("model") as string | null,
      responseFormat: form.get("response_format") as string | null,
      granularities: form.getAll("timestamp_granularities[]") as string[],
      fileName: file.name,
      sampleRate: audio.sampleRate,
      channels: audio.channels.length,
      durationMs: audio.durationMs,
    };
    received.push(request);
    if (failuresLeft > 0) {
      failuresLeft--;
      return void res.writeHead(503, { "Content-Type": "application/json" }).end('{"error":"busy"}');
    }
    if (options.answer) {
      const { status, body } = options.answer(request);
      return void res.writeHead(status, { "Content-Type": "application/json" }).end(body);
    }
    const segments = loudStretches(audio.channels[0], audio.sampleRate).map(([start, end], i) => ({
      id: i,
      start: start / 1000,
      end: end / 1000,
      text: ` said for ${((end - start) / 1000).toFixed(1)} s`,
    }));
    res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ task: "transcribe", language: "en", duration: audio.durationMs / 1000, text: segments.map((s) => s.text).join(""), segments, words: [] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Loud stretches in ms (100 ms windows above a clear level), as a model would find words. */
function loudStretches(samples: Float32Array, rate: number): [number, number][] {
  const window = rate / 10;
  const stretches: [number, number][] = [];
  for (let i = 0; i * window < samples.length; i++) {
    let sum = 0;
    const end = Math.min(samples.length, (i + 1) * window);
    for (let j = i * window; j < end; j++) sum += samples[j] * samples[j];
    const isLoud = Math.sqrt(sum / (end - i * window)) > 0.05;
    const last = stretches.at(-1);
    if (isLoud && last && last[1] === i * 100) last[1] = (i + 1) * 100;
    else if (isLoud) stretches.push([i * 100, (i + 1) * 100]);
  }
  return stretches;
}
