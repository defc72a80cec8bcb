"use server";

import { revalidatePath } from "next/cache";
import { ZodError, z } from "zod";
import { getSessionUser } from "@/lib/auth/server/get-session-user";
import { createCode } from "@/lib/codebook/server/create-code";
import { setCodeArchived } from "@/lib/codebook/server/set-code-archived";
import { updateCode } from "@/lib/codebook/server/update-code";
import { getDb } from "@/lib/db/get-db";
import { UserError } from "@/lib/workspaces/errors";
import { setTalkShareLimit } from "@/lib/workspaces/server/set-talk-share-limit";

export type CodebookActionResult = { ok: true } | { ok: false; error: string; field?: string };

const id = z.string().regex(/^[a-z0-9]{8,40}$/);
const key = z.string().max(60);

/** Session check and error translation shared by the codebook actions; the lib functions decide who may edit. */
async function run(workspaceId: string, work: (userId: string, workspaceId: string) => Promise<unknown>): Promise<CodebookActionResult> {
  const user = await getSessionUser();
  if (!user) return { ok: false, error: "Your session has ended; sign in again" };
  try {
    await work(user.id, id.parse(workspaceId));
  } catch (error) {
    if (error instanceof UserError) return { ok: false, error: error.message, field: error.field };
    if (error instanceof ZodError) {
      const issue = error.issues[0];
      return { ok: false, error: issue?.message ?? "Check the form", field: issue?.path[0]?.toString() };
    }
    throw error;
  }
  revalidatePath(`/workspaces/${workspaceId}/codebook`);
  return { ok: true };
}

export async function createCodeAction(workspaceId: string, input: unknown) {
  return run(workspaceId, async (userId, workspace) => createCode({ db: await getDb(), userId, workspaceId: workspace, input }));
}

export async function updateCodeAction(workspaceId: string, codeKey: string, input: unknown) {
  return run(workspaceId, async (userId, workspace) =>
    updateCode({ db: await getDb(), userId, workspaceId: workspace, key: key.parse(codeKey), input }),
  );
}

export async function setCodeArchivedAction(workspaceId: string, codeKey: string, archived: boolean) {
  return run(workspaceId, async (userId, workspace) =>
    setCodeArchived({ db: await getDb(), userId, workspaceId: workspace, key: key.parse(codeKey), archived: z.boolean().parse(archived) }),
  );
}

export async function setTalkShareLimitAction(workspaceId: string, input: unknown) {
  return run(workspaceId, async (userId, workspace) => setTalkShareLimit({ db: await getDb(), userId, workspaceId: workspace, input }));
}
