import { z } from "zod";
import type { TranscriptionSettings } from "./settings";

/** One stretch of speech as the service returned it, in ms from the start of the piece sent. */
export interface TranscribedSegment {
  startMs: number;
  endMs: number;
  text: string;
}

/** OpenAI's verbose_json, as much of it as we use; servers add fields freely. */
const verboseJson = z.object({
  text: z.string().optional(),
  segments: z
    .array(z.object({ start: z.number().nonnegative(), end: z.number().nonnegative(), text: z.string() }))
    .optional(),
  words: z.array(z.object({ start: z.number(), end: z.number(), word: z.string() })).optional(),
});

/** Why a piece failed; `isRetryable` for failures another try may not repeat (network, 429, 5xx). */
export class TranscriptionError extends Error {
  constructor(
    message: string,
    readonly isRetryable: boolean,
  ) {
    super(message);
    this.name = "TranscriptionError";
  }
}

export function transcriptionEndpoint(url: string): string {
  const base = url.replace(/\/+$/, "");
  return base.endsWith("/audio/transcriptions") ? base : `${base}/v1/audio/transcriptions`;
}

/** Sends one mono WAV piece (`POST /v1/audio/transcriptions`, verbose_json with segment and word times). */
export async function requestTranscription(options: {
  settings: TranscriptionSettings;
  wav: Uint8Array;
  fileName: string;
  signal?: AbortSignal;
}): Promise<TranscribedSegment[]> {
  const form = new FormData();
  form.append("file", new Blob([options.wav as Uint8Array<ArrayBuffer>], { type: "audio/wav" }), options.fileName);
  form.append("model", options.settings.model);
  form.append("response_format", "verbose_json");
  form.append("timestamp_granularities[]", "segment");
  form.append("timestamp_granularities[]", "word");
  const endpoint = transcriptionEndpoint(options.settings.url);
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: "POST",
      body: form,
      headers: options.settings.apiKey ? { Authorization: `Bearer ${options.settings.apiKey}` } : {},
      signal: options.signal ?? AbortSignal.timeout(10 * 60_000),
    });
  } catch (error) {
    throw new TranscriptionError(`could not reach the transcription service at ${endpoint}: ${(error as Error).message}`, true);
  }
  const body = await response.text();
  if (!response.ok) {
    const isRetryable = response.status === 429 || response.status >= 500;
    throw new TranscriptionError(`the transcription service answered ${response.status}: ${body.slice(0, 300)}`, isRetryable);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new TranscriptionError(`the transcription service's answer is not JSON: ${body.slice(0, 120)}`, false);
  }
  const parsed = verboseJson.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TranscriptionError(`the transcription service's answer is not verbose_json (${issue.path.join(".")}: ${issue.message})`, false);
  }
  const { segments, text } = parsed.data;
  if (!segments) {
    // A service without segment times cannot place the words: refused rather than guessed.
    if (text?.trim()) throw new TranscriptionError("the transcription service returned text without segment times (ask for response_format=verbose_json)", false);
    return [];
  }
  return segments
    .map((s) => ({ startMs: Math.round(s.start * 1000), endMs: Math.round(Math.max(s.end, s.start) * 1000), text: s.text.trim() }))
    .filter((s) => s.text.length > 0);
}
