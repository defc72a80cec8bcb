import { getSessionUser } from "@/lib/auth/server/get-session-user";
import { getDb } from "@/lib/db/get-db";
import { QdaError } from "@/lib/qda/qda-error";
import { exportCodebookQdc } from "@/lib/qda/server/export-codebook-qdc";
import { importCodebookQdc } from "@/lib/qda/server/import-codebook-qdc";
import { readRequestBytes } from "@/lib/qda/server/read-request-bytes";
import { readZipLimits } from "@/lib/qda/zip-limits";
import { UserError } from "@/lib/workspaces/errors";

const STATUS = { conflict: 409, forbidden: 403, "not-found": 404, invalid: 422, expired: 410 } as const;

/** `?format=qdc`: the codebook as a REFI-QDA codebook file (members). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "Sign in to open this codebook" }, { status: 401 });
  if (new URL(request.url).searchParams.get("format") !== "qdc") return Response.json({ error: "format must be qdc" }, { status: 400 });
  const { id } = await params;
  try {
    const file = await exportCodebookQdc({ db: await getDb(), userId: user.id, workspaceId: id });
    return new Response(file.body, { headers: { "content-type": "application/xml; charset=utf-8", "content-disposition": `attachment; filename="${file.fileName}"`, "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof UserError) return Response.json({ error: error.message }, { status: STATUS[error.code] });
    throw error;
  }
}

/** A .qdc (or .qdpx) as the raw body, `?fileName=`: merged into the codebook (owners). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "Sign in to change this codebook" }, { status: 401 });
  const { id } = await params;
  try {
    const bytes = await readRequestBytes(request, readZipLimits().maxArchiveBytes);
    const fileName = (new URL(request.url).searchParams.get("fileName") ?? "codebook.qdc").slice(0, 300);
    return Response.json(await importCodebookQdc({ db: await getDb(), userId: user.id, workspaceId: id, bytes, fileName }));
  } catch (error) {
    if (error instanceof QdaError) return Response.json({ error: error.message }, { status: 413 });
    if (error instanceof UserError) return Response.json({ error: error.message }, { status: STATUS[error.code] });
    throw error;
  }
}
