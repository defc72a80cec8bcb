import { z } from "zod";

/** Where recordings are transcribed: any service speaking OpenAI's audio-transcription API. */
export interface TranscriptionSettings {
  /** Base URL; requests go to `<url>/v1/audio/transcriptions` (a URL already ending in that path is used as it is). */
  url: string;
  apiKey?: string;
  model: string;
  /** Largest audio piece sent in one request, in bytes (OpenAI's limit is 25 MB). */
  maxPieceBytes: number;
}

export const DEFAULT_MODEL = "whisper-1";
export const DEFAULT_MAX_PIECE_BYTES = 24 * 1024 * 1024;

/** What to set, said where the feature is offered while it is not configured. */
export const HOW_TO_CONFIGURE =
  "Transcription is not set up: set TRANSCRIBE_URL to a service speaking the OpenAI audio-transcription API " +
  "(a local whisper.cpp server, faster-whisper, LocalAI or a hosted one), and TRANSCRIBE_API_KEY / TRANSCRIBE_MODEL if it needs them.";

const env = z.object({
  TRANSCRIBE_URL: z.string().trim().url("TRANSCRIBE_URL must be a URL such as http://127.0.0.1:8080").optional(),
  TRANSCRIBE_API_KEY: z.string().trim().optional(),
  TRANSCRIBE_MODEL: z.string().trim().optional(),
  TRANSCRIBE_MAX_PIECE_BYTES: z.coerce.number().int().min(64 * 1024, "TRANSCRIBE_MAX_PIECE_BYTES must be at least 65536").optional(),
});

/** The settings from the environment; null when TRANSCRIBE_URL is unset. Throws on a malformed value. */
export function readTranscriptionSettings(source: Record<string, string | undefined> = process.env): TranscriptionSettings | null {
  const blank = (value: string | undefined) => (value?.trim() ? value : undefined);
  const parsed = env.safeParse({
    TRANSCRIBE_URL: blank(source.TRANSCRIBE_URL),
    TRANSCRIBE_API_KEY: blank(source.TRANSCRIBE_API_KEY),
    TRANSCRIBE_MODEL: blank(source.TRANSCRIBE_MODEL),
    TRANSCRIBE_MAX_PIECE_BYTES: blank(source.TRANSCRIBE_MAX_PIECE_BYTES),
  });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join("; "));
  const values = parsed.data;
  if (!values.TRANSCRIBE_URL) return null;
  return {
    url: values.TRANSCRIBE_URL,
    apiKey: values.TRANSCRIBE_API_KEY,
    model: values.TRANSCRIBE_MODEL ?? DEFAULT_MODEL,
    maxPieceBytes: values.TRANSCRIBE_MAX_PIECE_BYTES ?? DEFAULT_MAX_PIECE_BYTES,
  };
}
