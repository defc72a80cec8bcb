import type { PrismaClient } from "../../db/open-database";
import { buildCodebookXml } from "../build-codebook-xml";
import { buildCodeTree } from "../build-code-tree";
import { loadImportTarget } from "./load-import-target";

/** The workspace codebook as a .qdc (Codebook.xsd) for any member; same GUIDs as in the project exports. */
export async function exportCodebookQdc(options: { db: PrismaClient; userId: string; workspaceId: string }) {
  const target = await loadImportTarget(options);
  const workspace = await options.db.workspace.findUniqueOrThrow({ where: { id: options.workspaceId }, select: { name: true } });
  const codes = buildCodeTree({ workspaceId: options.workspaceId, steps: target.steps, codes: target.codes });
  const slug = workspace.name.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "workspace";
  return { body: buildCodebookXml({ codes, origin: "SecondEar" }), fileName: `secondear-codebook-${slug}.qdc` };
}
