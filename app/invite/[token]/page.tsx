import Link from "next/link";
import { AppHeader } from "@/components/app-header";
import { AcceptInviteForm } from "@/components/interviews/accept-invite-form";
import { requireUser } from "@/lib/auth/server/get-session-user";
import { getDb } from "@/lib/db/get-db";
import { describeInvite } from "@/lib/workspaces/server/describe-invite";

export const metadata = { title: "Join a workspace · SecondEar" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await requireUser(`/invite/${token}`);
  const invite = await describeInvite({ db: await getDb(), token });
  return (
    <>
      <AppHeader user={user} />
      <main className="auth-page">
        <div className="card auth-card">
          {invite.status === "valid" ? (
            <>
              <h1>Join “{invite.workspaceName}”</h1>
              <p>You will see and co-edit this workspace&apos;s interviews.</p>
              <AcceptInviteForm token={token} />
            </>
          ) : (
            <>
              <h1>{invite.status === "expired" ? "This invite has expired" : "This invite link is not valid"}</h1>
              <p>Ask the workspace owner for a new link.</p>
              <Link href="/interviews">Back to your interviews</Link>
            </>
          )}
        </div>
      </main>
    </>
  );
}
