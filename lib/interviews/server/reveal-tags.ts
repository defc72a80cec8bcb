import type { PrismaClient } from "../../db/open-database";
import { requireInterviewManager } from "./require-interview-manager";

/** The workspace owner reveals everyone's tags without waiting for "I'm done". */
export async function revealTags(options: { db: PrismaClient; userId: string; interviewId: string; now?: Date }) {
  const interview = await requireInterviewManager({
    ...options,
    ownerOnly: true,
    refusal: "Only the workspace owner can reveal tags early",
  });
  await options.db.interview.update({
    where: { id: options.interviewId },
    data: { revealedAt: interview.revealedAt ?? options.now ?? new Date() },
  });
}
