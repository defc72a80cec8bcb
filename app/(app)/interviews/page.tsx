import Link from "next/link";
import { AppHeader } from "@/components/app-header";
import { CreateInterviewForm } from "@/components/interviews/create-interview-form";
import { ImportQdpxForm } from "@/components/interviews/import-qdpx-form";
import { DeleteInterview } from "@/components/interviews/delete-interview";
import { InviteButton } from "@/components/interviews/invite-button";
import { WorkspaceMembers } from "@/components/interviews/workspace-members";
import { requireUser } from "@/lib/auth/server/get-session-user";
import { getDb } from "@/lib/db/get-db";
import { listInterviews } from "@/lib/workspaces/server/list-interviews";
import { listWorkspaceMembers } from "@/lib/workspaces/server/list-workspace-members";
import { listWorkspaces } from "@/lib/workspaces/server/list-workspaces";

export const metadata = { title: "Interviews · SecondEar" };

export default async function InterviewsPage() {
  const user = await requireUser("/interviews");
  const db = await getDb();
  const [interviews, workspaces] = await Promise.all([
    listInterviews({ db, userId: user.id }),
    listWorkspaces({ db, userId: user.id }),
  ]);
  const members = await Promise.all(workspaces.map((w) => listWorkspaceMembers({ db, workspaceId: w.id })));
  return (
    <>
      <AppHeader userName={user.name} />
      <main className="page">
        <section>
          <h1>Interviews</h1>
          {interviews.length === 0 ? (
            <p className="muted">No interviews yet. Create the first one below.</p>
          ) : (
            <ul className="interview-list">
              {interviews.map((interview) => (
                <li key={interview.id}>
                  <Link href={`/interviews/${interview.id}`}>{interview.title}</Link>
                  <span className="muted">
                    {interview.participant && `${interview.participant} · `}
                    {interview.workspaceName} · {interview.createdAt.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" })}
                  </span>
                  {interview.canDelete && <DeleteInterview interviewId={interview.id} title={interview.title} />}
                </li>
              ))}
            </ul>
          )}
        </section>
        <div className="columns">
          <section className="card">
            <h2>New interview</h2>
            <CreateInterviewForm workspaces={workspaces.map(({ id, name }) => ({ id, name }))} />
          </section>
          <section className="card" aria-labelledby="import-qdpx">
            <h2 id="import-qdpx">Import from ATLAS.ti, NVivo, MAXQDA…</h2>
            <p className="muted small">A REFI-QDA project becomes a new interview: its transcript, and each coder&apos;s codings as their tags, ready for the agreement report.</p>
            <ImportQdpxForm workspaces={workspaces.map(({ id, name }) => ({ id, name }))} />
          </section>
          <section className="card">
            <h2>Workspaces</h2>
            <ul className="workspace-list">
              {workspaces.map((workspace, index) => (
                <li key={workspace.id}>
                  <strong>{workspace.name}</strong>
                  <span className="muted">
                    {workspace.memberCount} {workspace.memberCount === 1 ? "member" : "members"} · you are {workspace.role}
                  </span>
                  <Link href={`/workspaces/${workspace.id}/codebook`} className="small">
                    {workspace.role === "owner" ? "Edit codebook" : "View codebook"}
                  </Link>
                  {workspace.role === "owner" && <InviteButton workspaceId={workspace.id} />}
                  <WorkspaceMembers workspaceId={workspace.id} members={members[index]} selfId={user.id} isOwner={workspace.role === "owner"} />
                </li>
              ))}
            </ul>
          </section>
        </div>
      </main>
    </>
  );
}
