import { authorizeInterview } from "@/lib/recordings/server/authorize-interview";
import { streamTranscription } from "@/lib/transcription/server/stream-transcription";
import { HOW_TO_CONFIGURE, readTranscriptionSettings } from "@/lib/transcription/settings";

export const dynamic = "force-dynamic";

/** Two hours of 16 kHz 16-bit stereo, with room: what the room sends (it decodes and downsamples the recording first). */
const MAX_WAV_BYTES = 256 * 1024 * 1024;

/**
 * Transcribes the recording the room sends as WAV (decoded in the browser, so
 * any format it plays works) through TRANSCRIBE_URL. Answers NDJSON: progress
 * lines, then the utterances or the error. Nothing is stored here: the room
 * writes the transcript in one transaction once every piece has succeeded.
 */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const auth = await authorizeInterview((await context.params).id, { toChange: true });
  if ("refusal" in auth) return auth.refusal;
  const settings = readTranscriptionSettings();
  if (!settings) return Response.json({ error: HOW_TO_CONFIGURE }, { status: 503 });
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_WAV_BYTES) return Response.json({ error: "The recording is too long to transcribe in one go (over 2 hours)." }, { status: 413 });
  const wav = new Uint8Array(await request.arrayBuffer());
  if (wav.length > MAX_WAV_BYTES) return Response.json({ error: "The recording is too long to transcribe in one go (over 2 hours)." }, { status: 413 });
  return new Response(streamTranscription({ settings, wav }), { headers: { "content-type": "application/x-ndjson", "cache-control": "no-store" } });
}
