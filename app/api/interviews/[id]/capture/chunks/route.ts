import { CaptureError } from "@/lib/capture/capture-errors";
import { appendCaptureChunk } from "@/lib/capture/server/append-capture-chunk";
import { refuseCapture } from "@/lib/capture/server/refuse-capture";
import { getMaxRecordingBytes } from "@/lib/recordings/max-recording-bytes";
import { authorizeInterview } from "@/lib/recordings/server/authorize-interview";
import { getMediaDir } from "@/lib/recordings/server/media-dir";

export const dynamic = "force-dynamic";
// A few seconds of Opus are tens of KB; this leaves room for long chunks after a network loss.
const MAX_CHUNK_BYTES = 16 * 1024 * 1024;

/** `?captureId=&seq=&recordedMs=` with the chunk's bytes as the body: answered with `{ nextSeq }` once stored. */
export async function PUT(request: Request, context: { params: Promise<{ id: string }> }) {
  const auth = await authorizeInterview((await context.params).id, { toChange: true });
  if ("refusal" in auth) return auth.refusal;
  try {
    const length = Number(request.headers.get("content-length") ?? "0");
    if (length > MAX_CHUNK_BYTES) throw new CaptureError("That chunk is too large", 413);
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.length > MAX_CHUNK_BYTES) throw new CaptureError("That chunk is too large", 413);
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const capture = await appendCaptureChunk({ mediaDir: getMediaDir(), interviewId: auth.access.interview.id, input: params, bytes, maxBytes: getMaxRecordingBytes() });
    return Response.json({ nextSeq: capture.nextSeq, bytes: capture.bytes });
  } catch (error) {
    return refuseCapture(error);
  }
}
