import { z } from "zod";
import { getSessionUser } from "@/lib/auth/server/get-session-user";
import { DOCUMENT_KINDS } from "@/lib/collab/document-name";
import { mintSyncToken } from "@/lib/collab/server/mint-sync-token";
import { getDb } from "@/lib/db/get-db";

const bodySchema = z.object({ interviewId: z.string().min(1).max(64), kind: z.enum(DOCUMENT_KINDS) });

export async function POST(request: Request) {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "Sign in to open this interview" }, { status: 401 });
  const body = bodySchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return Response.json({ error: "Expected { interviewId, kind }" }, { status: 400 });
  const minted = await mintSyncToken({ db: await getDb(), userId: user.id, ...body.data });
  if (!minted) return Response.json({ error: "You do not have access to this interview" }, { status: 403 });
  return Response.json({ ...minted, syncUrl: process.env.SYNC_PUBLIC_URL || null });
}
