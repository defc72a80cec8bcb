import type { PrismaClient } from "../../db/open-database";
import type { Polarity } from "../../vocabulary";
import { ensureCodebook } from "./ensure-codebook";

export interface WorkspaceCode {
  key: string;
  label: string;
  step: number;
  polarity: Polarity;
  color: string;
  hotkey: string | null;
  description: string;
  archived: boolean;
}

/** The workspace's codes in palette order, archived ones included (old tags still show them). */
export async function listWorkspaceCodes(options: { db: PrismaClient; workspaceId: string }): Promise<WorkspaceCode[]> {
  await ensureCodebook(options);
  const codes = await options.db.code.findMany({
    where: { workspaceId: options.workspaceId },
    orderBy: [{ step: "asc" }, { position: "asc" }],
  });
  return codes.map((c) => ({
    key: c.key,
    label: c.label,
    step: c.step,
    polarity: c.polarity === "+" ? "+" : "-",
    color: c.color,
    hotkey: c.hotkey,
    description: c.description,
    archived: c.archived,
  }));
}
