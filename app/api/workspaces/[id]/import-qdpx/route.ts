import { ZodError } from "zod";
import { getSessionUser } from "@/lib/auth/server/get-session-user";
import { getDb } from "@/lib/db/get-db";
import { QdaError } from "@/lib/qda/qda-error";
import { importQdpx, previewQdpxImport } from "@/lib/qda/server/import-qdpx";
import { readRequestBytes } from "@/lib/qda/server/read-request-bytes";
import { readZipLimits } from "@/lib/qda/zip-limits";
import { UserError } from "@/lib/workspaces/errors";

const STATUS = { conflict: 409, forbidden: 403, "not-found": 404, invalid: 422, expired: 410 } as const;

/**
 * A .qdpx (or .qde) as the raw body. `?preview=1` answers what the import would do and stores
 * nothing; without it the interview is created. `fileName`, `sourceGuid`, `addMissingCodes`, `title` in the query.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "Sign in to import" }, { status: 401 });
  const { id } = await params;
  const query = new URL(request.url).searchParams;
  const input = {
    workspaceId: id,
    fileName: query.get("fileName") ?? undefined,
    sourceGuid: query.get("sourceGuid") || undefined,
    addMissingCodes: query.get("addMissingCodes") === "1",
    title: query.get("title") || undefined,
  };
  try {
    const bytes = await readRequestBytes(request, readZipLimits().maxArchiveBytes);
    const db = await getDb();
    if (query.get("preview") === "1") {
      const { view, plan, canAddCodes } = await previewQdpxImport({ db, userId: user.id, bytes, input });
      return Response.json({
        name: view.name,
        sources: view.sources.map((s) => ({ guid: s.guid, name: s.name, utterances: s.utterances.length, codings: s.codings.length })),
        source: plan.source.guid,
        people: plan.people.map((p) => ({ name: p.name, isMember: p.memberId !== null, role: p.role, tags: p.codings.length })),
        matchedCodes: plan.matchedCodes,
        unmatchedCodes: plan.unmatchedCodes,
        canAddCodes,
        warnings: plan.warnings,
      });
    }
    return Response.json(await importQdpx({ db, userId: user.id, bytes, input }), { status: 201 });
  } catch (error) {
    if (error instanceof QdaError) return Response.json({ error: error.message }, { status: 413 });
    if (error instanceof UserError) return Response.json({ error: error.message, field: error.field }, { status: STATUS[error.code] });
    if (error instanceof ZodError) return Response.json({ error: error.issues.map((i) => i.message).join("; ") }, { status: 400 });
    throw error;
  }
}
