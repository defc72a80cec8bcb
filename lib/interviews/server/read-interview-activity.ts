import "server-only";
import { formatDocumentName } from "../../collab/document-name";
import type { PrismaClient } from "../../db/open-database";
import { readClock } from "../../live/call-clock";
import { loadYDoc } from "../../report/server/load-y-doc";
import { listTags } from "../../tags/tags-document";
import { decideDocumentAccess, type AccessFacts } from "../policy";

/**
 * What an interview's documents say for the interviews list: whether its call clock runs, and
 * how many tags each tagger has, counted only where the policy lets the viewer read that
 * tagger's tags (while blind, only their own: even a count would hint at the other's tagging).
 */
export async function readInterviewActivity(options: {
  db: PrismaClient;
  interviewId: string;
  facts: AccessFacts;
  taggerIds: string[];
}): Promise<{ clockStatus: "stopped" | "running" | "paused"; tagCounts: Map<string, number> }> {
  const { db, interviewId, facts } = options;
  const live = await loadYDoc({ db, name: formatDocumentName({ interviewId, kind: "live" }) });
  const tagCounts = new Map<string, number>();
  await Promise.all(
    options.taggerIds.map(async (ownerId) => {
      const name = { interviewId, kind: "tags" as const, ownerId };
      if (decideDocumentAccess(name, facts) === "none") return;
      const doc = await loadYDoc({ db, name: formatDocumentName(name) });
      tagCounts.set(ownerId, listTags(doc).length);
      doc.destroy();
    }),
  );
  const clockStatus = readClock(live).status;
  live.destroy();
  return { clockStatus, tagCounts };
}
