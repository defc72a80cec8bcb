import type { PrismaClient } from "../../db/open-database";
import { buildTrendPoint, type TrendPoint } from "../build-trend-point";
import { loadReportInput } from "./load-report-input";

/**
 * One interviewer's interviews, oldest first, across the workspaces the viewer shares with them;
 * null when they share none (an unknown person and a stranger look the same). Agreement figures
 * come only from revealed interviews, through the same access rules as the report.
 */
export async function loadInterviewerTrend(options: { db: PrismaClient; viewerId: string; interviewerId: string }): Promise<{ interviewer: { id: string; name: string }; points: TrendPoint[] } | null> {
  const { db, viewerId, interviewerId } = options;
  const sharedWorkspace = { workspace: { memberships: { some: { userId: viewerId } } } };
  const shared = await db.membership.findFirst({ where: { userId: interviewerId, ...sharedWorkspace }, select: { user: { select: { id: true, name: true } } } });
  if (!shared) return null;
  const seats = await db.interviewParticipant.findMany({
    where: { userId: interviewerId, role: "interviewer", interview: sharedWorkspace },
    select: { interview: { select: { id: true, createdAt: true } } },
    orderBy: { interview: { createdAt: "asc" } },
  });
  const points: TrendPoint[] = [];
  // One at a time: each loads several documents, and PGlite serves one query at a time anyway.
  for (const { interview } of seats) {
    const loaded = await loadReportInput({ db, userId: viewerId, interviewId: interview.id });
    if (!loaded) continue;
    const buddy = loaded.context.participants.find((p) => p.role === "buddy");
    points.push(buildTrendPoint({
      input: loaded.input,
      analysis: loaded.analysis,
      date: interview.createdAt,
      buddyName: buddy?.name ?? null,
      isRevealed: loaded.context.interview.isRevealed,
      isComparable: loaded.comparison.isAvailable,
    }));
  }
  return { interviewer: shared.user, points };
}
