import { getMaxRecordingBytes } from "@/lib/recordings/max-recording-bytes";
import { authorizeInterview } from "@/lib/recordings/server/authorize-interview";
import { getRecording } from "@/lib/recordings/server/get-recording";
import { HOW_TO_CONFIGURE, readTranscriptionSettings } from "@/lib/transcription/settings";

export const dynamic = "force-dynamic";

/** What the room needs before playing: the recording's details (or null) and the upload limit. */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  const auth = await authorizeInterview((await context.params).id);
  if ("refusal" in auth) return auth.refusal;
  const found = await getRecording({ db: auth.db, interviewId: auth.access.interview.id });
  const recording = found && { ...found, storageKey: undefined };
  // Whether "Transcribe" can work here, or what to set up for it (README, "Command line").
  const transcription = readTranscriptionSettings() ? { isConfigured: true } : { isConfigured: false, help: HOW_TO_CONFIGURE };
  return Response.json({ recording, maxBytes: getMaxRecordingBytes(), transcription }, { headers: { "cache-control": "no-store" } });
}
