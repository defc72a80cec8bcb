import { finishCapture } from "@/lib/capture/server/finish-capture";
import { refuseCapture } from "@/lib/capture/server/refuse-capture";
import { authorizeInterview } from "@/lib/recordings/server/authorize-interview";
import { getMediaDir } from "@/lib/recordings/server/media-dir";

export const dynamic = "force-dynamic";

/** `{ captureId, durationMs? }`: the recording so far becomes the interview's recording. */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const auth = await authorizeInterview((await context.params).id, { toChange: true });
  if ("refusal" in auth) return auth.refusal;
  try {
    const input = await request.json().catch(() => null);
    const recording = await finishCapture({ db: auth.db, mediaDir: getMediaDir(), interviewId: auth.access.interview.id, userId: auth.user.id, input });
    return Response.json({ recording }, { status: 201 });
  } catch (error) {
    return refuseCapture(error);
  }
}
