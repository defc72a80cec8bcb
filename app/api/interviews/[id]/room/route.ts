import { getSessionUser } from "@/lib/auth/server/get-session-user";
import { getDb } from "@/lib/db/get-db";
import { getRoomContext } from "@/lib/interviews/server/get-room-context";

/** The room's server state (roles, blind mode, reveal, codebook) for a member; the room reloads it after changes. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "Sign in to open this interview" }, { status: 401 });
  const { id } = await params;
  const context = await getRoomContext({ db: await getDb(), userId: user.id, interviewId: id });
  if (!context) return Response.json({ error: "No such interview" }, { status: 404 });
  return Response.json(context, { headers: { "cache-control": "no-store" } });
}
