import { notFound } from "next/navigation";
import { AppHeader } from "@/components/app-header";
import { InterviewRoom } from "@/components/room/interview-room";
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
        <InterviewRoom
          context={context}
          user={{ id: user.id, name: user.name, color: getUserColor(user.id) }}
        />
      </main>
    </>
  );
}
