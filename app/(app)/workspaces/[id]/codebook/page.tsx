import Link from "next/link";
import { notFound } from "next/navigation";
import { AppHeader } from "@/components/app-header";
import { CodebookEditor } from "@/components/codebook/codebook-editor";
import { CodebookInterchange } from "@/components/codebook/codebook-interchange";
import { TalkLimitForm } from "@/components/codebook/talk-limit-form";
import { requireUser } from "@/lib/auth/server/get-session-user";
import { getCodebook } from "@/lib/codebook/server/get-codebook";
import { getDb } from "@/lib/db/get-db";

export const metadata = { title: "Codebook · SecondEar" };

export default async function CodebookPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/workspaces/${id}/codebook`);
  const codebook = await getCodebook({ db: await getDb(), userId: user.id, workspaceId: id });
  // Outsiders and unknown ids look the same.
  if (!codebook) notFound();
  return (
    <>
      <AppHeader user={user} workspace={codebook.workspace} />
      <main className="page">
        <Link href="/interviews" className="muted">← Interviews</Link>
        <h1>Codebook · {codebook.workspace.name}</h1>
        <CodebookEditor codebook={codebook} />
        <CodebookInterchange workspaceId={id} canEdit={codebook.canEdit} />
        <TalkLimitForm workspaceId={id} percent={codebook.workspace.talkShareLimit} canEdit={codebook.canEdit} />
      </main>
    </>
  );
}
