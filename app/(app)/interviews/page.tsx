import Link from "next/link";
import { AppHeader } from "@/components/app-header";
import { CreateInterviewForm } from "@/components/interviews/create-interview-form";
import { CreateWorkspaceForm } from "@/components/interviews/create-workspace-form";
import { ImportQdpxForm } from "@/components/interviews/import-qdpx-form";
import { InterviewList } from "@/components/interviews/interview-list";
import { InterviewListControls } from "@/components/interviews/interview-list-controls";
import { InviteButton } from "@/components/interviews/invite-button";
import { RenameWorkspaceForm } from "@/components/interviews/rename-workspace-form";
import { WorkspaceMembers } from "@/components/interviews/workspace-members";
import "@/components/interviews/interviews.css";
import { requireUser } from "@/lib/auth/server/get-session-user";
import { getDb } from "@/lib/db/get-db";
import { readInterviewListQuery } from "@/lib/workspaces/read-interview-list-query";
import { selectInterviews } from "@/lib/workspaces/select-interviews";
import { listInterviews } from "@/lib/workspaces/server/list-interviews";
import { listWorkspaceMembers } from "@/lib/workspaces/server/list-workspace-members";
import { listWorkspaces } from "@/lib/workspaces/server/list-workspaces";

export const metadata = { title: "Interviews · SecondEar" };

export default async function InterviewsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/interviews");
  const query = readInterviewListQuery(await searchParams);
  const db = await getDb();
  const [interviews, workspaces] = await Promise.all([
    listInterviews({ db, userId: user.id }),
    listWorkspaces({ db, userId: user.id }),
  ]);
  const members = await Promise.all(workspaces.map((w) => listWorkspaceMembers({ db, workspaceId: w.id })));
  const shown = selectInterviews(interviews, query);
  return (
    <>
      <AppHeader user={user} workspace={workspaces[0]} />
      <main className="page">
        <section>
          <h1>Interviews</h1>
          {interviews.length === 0 ? (
            <p className="muted">No interviews yet. Create the first one below.</p>
          ) : (
            <>
              <InterviewListControls query={query} />
              <p className="muted small" role="status" data-testid="interview-count">
                {shown.length === interviews.length ? `${interviews.length} ${interviews.length === 1 ? "interview" : "interviews"}` : `${shown.length} of ${interviews.length} interviews`}
              </p>
              {shown.length === 0 ? <p className="muted">No interview matches. <Link href="/interviews">Show all</Link></p> : <InterviewList interviews={shown} />}
            </>
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
                <li key={workspace.id} data-testid="workspace-item">
                  <div className="workspace-head">
                    <strong>{workspace.name}</strong>
                    {workspace.role === "owner" && <RenameWorkspaceForm key={workspace.name} workspaceId={workspace.id} name={workspace.name} />}
                  </div>
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
            <CreateWorkspaceForm />
          </section>
        </div>
      </main>
    </>
  );
}
