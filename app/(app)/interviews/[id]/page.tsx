import Link from "next/link";
import { notFound } from "next/navigation";
import { AppHeader } from "@/components/app-header";
import { InterviewRoom } from "@/components/room/interview-room";
import { RenameInterview } from "@/components/room/rename-interview";
import { SkipLinks } from "@/components/room/skip-links";
import { requireUser } from "@/lib/auth/server/get-session-user";
import { getUserColor } from "@/lib/collab/user-color";
import { getDb } from "@/lib/db/get-db";
import { getRoomContext } from "@/lib/interviews/server/get-room-context";

export const metadata = { title: "Interview room · SecondEar" };

export default async function InterviewRoomPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/interviews/${id}`);
  const context = await getRoomContext({ db: await getDb(), userId: user.id, interviewId: id });
  // Not a member and no such interview look the same: ids are not confirmed to outsiders.
  if (!context) notFound();
  const { interview } = context;
  return (
    <>
      <SkipLinks hasPalette={context.capabilities.canTag} hasNudges={context.capabilities.canSendNudges || context.capabilities.canReceiveNudges} />
      <AppHeader user={user} workspace={{ id: interview.workspaceId, name: interview.workspaceName }} />
      <main className="page room">
        <div className="room-title">
          <Link href="/interviews" className="muted">← Interviews</Link>
          <div className="room-heading" style={{ display: "flex", alignItems: "baseline", gap: "1rem", flexWrap: "wrap" }}>
            <h1>{interview.title}</h1>
            {context.capabilities.isManager && <RenameInterview key={interview.title} interviewId={interview.id} title={interview.title} />}
            {/* A full page load: leaving the room closes its sync connections (and the room holds client navigations back). */}
            <a href={`/interviews/${interview.id}/report`} className="report-link" title="Bias-contrast report: agreement, blind spots, exports">Report</a>
          </div>
          <p className="muted">
            {interview.participant && `${interview.participant} · `}
            {interview.workspaceName}
          </p>
        </div>
        <InterviewRoom
          context={context}
          user={{ id: user.id, name: user.name, color: getUserColor(user.id) }}
        />
      </main>
    </>
  );
}
