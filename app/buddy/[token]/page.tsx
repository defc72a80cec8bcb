import Link from "next/link";
import { redirect } from "next/navigation";
import { AppHeader } from "@/components/app-header";
import { requireUser } from "@/lib/auth/server/get-session-user";
import { getDb } from "@/lib/db/get-db";
import { acceptBuddyInvite } from "@/lib/interviews/server/accept-buddy-invite";
import { UserError } from "@/lib/workspaces/errors";

export const metadata = { title: "Join as buddy · SecondEar" };

/** Opening a buddy link (signed in) takes the buddy seat and opens the room. */
export default async function BuddyInvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await requireUser(`/buddy/${token}`);
  let interviewId: string;
  try {
    interviewId = (await acceptBuddyInvite({ db: await getDb(), userId: user.id, token })).interviewId;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return (
      <>
        <AppHeader user={user} />
        <main className="auth-page">
          <div className="card auth-card">
            <h1>{error.message}</h1>
            <p>Ask the interviewer for a new buddy link.</p>
            <Link href="/interviews">Back to your interviews</Link>
          </div>
        </main>
      </>
    );
  }
  redirect(`/interviews/${interviewId}`);
}
