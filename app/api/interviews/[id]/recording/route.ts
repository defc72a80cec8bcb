import path from "node:path";
import { ZodError } from "zod";
import { RecordingError } from "@/lib/recordings/errors";
import { getMaxRecordingBytes } from "@/lib/recordings/max-recording-bytes";
import { authorizeInterview } from "@/lib/recordings/server/authorize-interview";
import { createRecordingResponse } from "@/lib/recordings/server/create-recording-response";
import { deleteRecording } from "@/lib/recordings/server/delete-recording";
import { getRecording } from "@/lib/recordings/server/get-recording";
import { getMediaDir } from "@/lib/recordings/server/media-dir";
import { saveRecording } from "@/lib/recordings/server/save-recording";
import { setRecordingOffset } from "@/lib/recordings/server/set-recording-offset";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ id: string }> };

function refuse(error: unknown): Response {
  if (error instanceof RecordingError) return Response.json({ error: error.message }, { status: error.status });
  if (error instanceof ZodError) return Response.json({ error: error.issues[0]?.message ?? "Invalid request" }, { status: 400 });
  throw error;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The recording's bytes, with Range support so the player can seek. */
export async function GET(request: Request, context: Context) {
  const auth = await authorizeInterview((await context.params).id);
  if ("refusal" in auth) return auth.refusal;
  const recording = await getRecording({ db: auth.db, interviewId: auth.access.interview.id });
  if (!recording) return Response.json({ error: "This interview has no recording yet" }, { status: 404 });
  return createRecordingResponse({
    filePath: path.join(getMediaDir(), recording.storageKey),
    mimeType: recording.mimeType,
    fileName: recording.fileName,
    etag: `"${recording.id}"`,
    rangeHeader: request.headers.get("range"),
  });
}

/** Upload: the raw file as the body (not multipart, so it streams straight to disk); its name in X-File-Name. */
export async function POST(request: Request, context: Context) {
  const auth = await authorizeInterview((await context.params).id, { toChange: true });
  if ("refusal" in auth) return auth.refusal;
  const length = request.headers.get("content-length");
  try {
    const recording = await saveRecording({
      db: auth.db,
      body: request.body,
      interviewId: auth.access.interview.id,
      userId: auth.user.id,
      fileName: safeDecode(request.headers.get("x-file-name") ?? ""),
      declaredBytes: length && /^\d+$/.test(length) ? Number(length) : null,
      maxBytes: getMaxRecordingBytes(),
      mediaDir: getMediaDir(),
    });
    return Response.json({ recording }, { status: 201 });
  } catch (error) {
    return refuse(error);
  }
}

/** `{ offsetMs }`: where on the transcript clock the recording starts. */
export async function PATCH(request: Request, context: Context) {
  const auth = await authorizeInterview((await context.params).id, { toChange: true });
  if ("refusal" in auth) return auth.refusal;
  try {
    const input = await request.json().catch(() => null);
    return Response.json({ recording: await setRecordingOffset({ db: auth.db, interviewId: auth.access.interview.id, input }) });
  } catch (error) {
    return refuse(error);
  }
}

/** Removes the recording and its file (same permission as uploading one). */
export async function DELETE(_request: Request, context: Context) {
  const auth = await authorizeInterview((await context.params).id, { toChange: true });
  if ("refusal" in auth) return auth.refusal;
  try {
    await deleteRecording({ db: auth.db, interviewId: auth.access.interview.id, mediaDir: getMediaDir() });
    return new Response(null, { status: 204 });
  } catch (error) {
    return refuse(error);
  }
}
