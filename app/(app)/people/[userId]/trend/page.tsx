import { notFound } from "next/navigation";
import { AppHeader } from "@/components/app-header";
import { TrendView } from "@/components/report/trend-view";
import { requireUser } from "@/lib/auth/server/get-session-user";
import { getDb } from "@/lib/db/get-db";
import { loadInterviewerTrend } from "@/lib/report/server/load-interviewer-trend";

export const metadata = { title: "Interviewer trend · SecondEar" };

export default async function InterviewerTrendPage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  const user = await requireUser(`/people/${userId}/trend`);
  const trend = await loadInterviewerTrend({ db: await getDb(), viewerId: user.id, interviewerId: userId });
  // Someone who shares no workspace with the viewer looks the same as no one.
  if (!trend) notFound();
  return (
    <>
      <AppHeader user={user} />
      <main className="page report-page">
        <TrendView interviewer={trend.interviewer} points={trend.points} />
      </main>
    </>
  );
}
