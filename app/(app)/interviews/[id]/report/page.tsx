import { notFound } from "next/navigation";
import { AppHeader } from "@/components/app-header";
import { ReportView } from "@/components/report/report-view";
import { requireUser } from "@/lib/auth/server/get-session-user";
import { getDb } from "@/lib/db/get-db";
import { buildReport } from "@/lib/report";
import { loadReportInput } from "@/lib/report/server/load-report-input";

export const metadata = { title: "Report · SecondEar" };

export default async function InterviewReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/interviews/${id}/report`);
  const loaded = await loadReportInput({ db: await getDb(), userId: user.id, interviewId: id });
  // Not a member and no such interview look the same, as in the room.
  if (!loaded) notFound();
  const { context } = loaded;
  return (
    <>
      <AppHeader user={user} workspace={{ id: context.interview.workspaceId, name: context.interview.workspaceName }} />
      <main className="page report-page">
        <ReportView
          report={buildReport(loaded.input, loaded.comparison.visible)}
          comparisonNote={loaded.comparison.note}
          visible={loaded.comparison.visible}
          workspaceName={context.interview.workspaceName}
          isRevealed={context.interview.isRevealed}
          createdAt={context.interview.createdAt}
          generatedAt={new Date().toISOString()}
          // An imported external coder has no account, so no trend across interviews.
          interviewerId={context.participants.find((p) => p.role === "interviewer" && !p.isExternal)?.userId ?? null}
        />
      </main>
    </>
  );
}
