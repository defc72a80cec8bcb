import { createHash } from "node:crypto";
import { z } from "zod";
import { formatDocumentName } from "../../collab/document-name";
import type { PrismaClient } from "../../db/open-database";
import { publishWorkspaceChanged } from "../../interviews/server/publish-workspace-changed";
import { UserError } from "../../workspaces/errors";
import { buildImportDocuments } from "../build-import-documents";
import { buildImportView } from "../build-import-view";
import { planQdaImport, type ImportPlan } from "../plan-qda-import";
import { QdaError } from "../qda-error";
import { readQdpx } from "../read-qda-file";
import { loadImportTarget } from "./load-import-target";

export const importQdpxSchema = z.object({
  workspaceId: z.string().min(1),
  fileName: z.string().max(300).default("project.qdpx"),
  sourceGuid: z.string().max(60).optional(),
  addMissingCodes: z.coerce.boolean().default(false),
  title: z.string().trim().max(200).optional(),
});

/** Reads a .qdpx and plans its import into the workspace, without storing anything (the import dialog's preview). */
export async function previewQdpxImport(options: { db: PrismaClient; userId: string; bytes: Uint8Array; input: unknown }) {
  const input = importQdpxSchema.parse(options.input);
  const target = await loadImportTarget({ db: options.db, userId: options.userId, workspaceId: input.workspaceId });
  const view = readView(options.bytes, input.fileName);
  const plan = plan_(view, input, target);
  return { view, plan, canAddCodes: target.isOwner };
}

/**
 * Imports a .qdpx as a new interview of the workspace: its transcript, and each coder's codings as
 * their tags (members matched by name or email, the rest as named external coders). All in one
 * transaction: a file that fails anywhere stores nothing. Not blind: the coding happened elsewhere.
 */
export async function importQdpx(options: { db: PrismaClient; userId: string; bytes: Uint8Array; input: unknown }) {
  const { db, userId } = options;
  const input = importQdpxSchema.parse(options.input);
  const target = await loadImportTarget({ db, userId, workspaceId: input.workspaceId });
  if (input.addMissingCodes && !target.isOwner) throw new UserError("Only the workspace owner can add codes to the codebook; import without adding them", "forbidden", "addMissingCodes");
  const view = readView(options.bytes, input.fileName);
  const plan = plan_(view, input, target);
  if (!plan.source.utterances.length) throw new UserError(`The text source “${plan.source.name}” is empty`, "invalid");
  const documents = buildImportDocuments(plan);
  const interview = await db.$transaction(async (tx) => {
    if (plan.newCodes.length) {
      const last = await tx.code.aggregate({ where: { workspaceId: input.workspaceId }, _max: { position: true } });
      await tx.code.createMany({
        data: plan.newCodes.map((c, i) => ({ ...c, workspaceId: input.workspaceId, hotkey: null, position: (last._max.position ?? -1) + 1 + i })),
      });
    }
    const created = await tx.interview.create({
      data: {
        workspaceId: input.workspaceId,
        title: (input.title || view.name || plan.source.name).slice(0, 200),
        createdById: userId,
        blind: false,
        participants: {
          create: plan.people.map((p) => ({ userId: p.memberId ?? externalId(p.userGuid), role: p.role, externalName: p.memberId ? null : p.name })),
        },
      },
    });
    const rows = [
      { name: formatDocumentName({ interviewId: created.id, kind: "transcript" }), data: new Uint8Array(documents.transcript) },
      ...documents.tags.map((t) => ({ name: formatDocumentName({ interviewId: created.id, kind: "tags", ownerId: t.person.memberId ?? externalId(t.person.userGuid) }), data: new Uint8Array(t.update) })),
    ];
    await tx.yDocUpdate.createMany({ data: rows });
    return created;
  });
  if (plan.newCodes.length) await publishWorkspaceChanged({ db, workspaceId: input.workspaceId });
  return { interviewId: interview.id, warnings: plan.warnings, tags: documents.tags.map((t) => ({ name: t.person.name, role: t.person.role, count: t.count })), addedCodes: plan.newCodes.map((c) => c.label) };
}

function readView(bytes: Uint8Array, fileName: string) {
  try {
    return buildImportView(readQdpx(bytes, { fileName }));
  } catch (error) {
    if (error instanceof QdaError) throw new UserError(error.message, "invalid", "file");
    throw error;
  }
}

function plan_(view: ReturnType<typeof buildImportView>, input: z.infer<typeof importQdpxSchema>, target: Awaited<ReturnType<typeof loadImportTarget>>): ImportPlan {
  try {
    return planQdaImport({ view, sourceGuid: input.sourceGuid, codes: target.codes, members: target.members, steps: target.steps, addMissingCodes: input.addMissingCodes });
  } catch (error) {
    throw new UserError((error as Error).message, "invalid", "sourceGuid");
  }
}

/** An external coder's id: derived from their GUID, shaped like an account id (document names need [a-z0-9]) but no account has it. */
function externalId(userGuid: string): string {
  return `qx${createHash("sha256").update(userGuid).digest("hex").slice(0, 22)}`;
}
