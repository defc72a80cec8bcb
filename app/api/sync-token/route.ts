import { z } from "zod";
import { getSessionUser } from "@/lib/auth/server/get-session-user";
import { mintSyncToken } from "@/lib/collab/server/mint-sync-token";
import { getDb } from "@/lib/db/get-db";

const id = z.string().regex(/^[a-z0-9]{8,40}$/);
const bodySchema = z.discriminatedUnion("kind", [
  z.object({ interviewId: id, kind: z.enum(["transcript", "live"]) }),
  z.object({ interviewId: id, kind: z.literal("tags"), ownerId: id }),
]);

export async function POST(request: Request) {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "Sign in to open this interview" }, { status: 401 });
  const body = bodySchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return Response.json({ error: "Expected { interviewId, kind, ownerId? }" }, { status: 400 });
  const minted = await mintSyncToken({ db: await getDb(), userId: user.id, sessionId: user.sessionId, name: body.data });
  if (!minted) return Response.json({ error: "You do not have access to this document" }, { status: 403 });
  return Response.json({ ...minted, syncUrl: process.env.SYNC_PUBLIC_URL || null });
}
