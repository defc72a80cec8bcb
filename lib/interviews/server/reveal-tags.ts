import type { PrismaClient } from "../../db/open-database";
import { publishInterviewChanged } from "../access-events";
import { getCapabilities } from "./get-capabilities";
import { requireCapability } from "./require-capability";

/** The workspace owner reveals everyone's tags without waiting for "I'm done". */
export async function revealTags(options: { db: PrismaClient; userId: string; interviewId: string; now?: Date }) {
  const found = await getCapabilities(options);
  // Revealed already (a second click, two owners at once): nothing to do.
  if (found?.capabilities.isMember && found.facts.revealed) return;
  await requireCapability({ ...options, capability: "canReveal", refusal: "Only the workspace owner can reveal tags early" });
  await options.db.interview.updateMany({
    where: { id: options.interviewId, revealedAt: null },
    data: { revealedAt: options.now ?? new Date() },
  });
  publishInterviewChanged(options.interviewId);
}
