import { discardCapture } from "@/lib/capture/server/discard-capture";
import { getCapture } from "@/lib/capture/server/get-capture";
import { refuseCapture } from "@/lib/capture/server/refuse-capture";
import { startCapture } from "@/lib/capture/server/start-capture";
import { authorizeInterview } from "@/lib/recordings/server/authorize-interview";
import { getMediaDir } from "@/lib/recordings/server/media-dir";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ id: string }> };

/** The unfinished recording of this call, if any (a recorder resumes from `nextSeq`). */
export async function GET(_request: Request, context: Context) {
  const auth = await authorizeInterview((await context.params).id, { toChange: true });
  if ("refusal" in auth) return auth.refusal;
  const capture = await getCapture({ mediaDir: getMediaDir(), interviewId: auth.access.interview.id });
  return Response.json({ capture }, { headers: { "cache-control": "no-store" } });
}

/** `{ startCallMs, replace? }`: starts recording the call. */
export async function POST(request: Request, context: Context) {
  const auth = await authorizeInterview((await context.params).id, { toChange: true });
  if ("refusal" in auth) return auth.refusal;
  try {
    const input = await request.json().catch(() => null);
    const capture = await startCapture({ mediaDir: getMediaDir(), interviewId: auth.access.interview.id, user: auth.user, input });
    return Response.json({ capture }, { status: 201 });
  } catch (error) {
    return refuseCapture(error);
  }
}

/** `?captureId=`: throws the unfinished recording away. */
export async function DELETE(request: Request, context: Context) {
  const auth = await authorizeInterview((await context.params).id, { toChange: true });
  if ("refusal" in auth) return auth.refusal;
  try {
    const captureId = new URL(request.url).searchParams.get("captureId") ?? "";
    await discardCapture({ mediaDir: getMediaDir(), interviewId: auth.access.interview.id, captureId });
    return new Response(null, { status: 204 });
  } catch (error) {
    return refuseCapture(error);
  }
}
