import Link from "next/link";
import { getDb } from "@/lib/db/get-db";
import { listWorkspaces } from "@/lib/workspaces/server/list-workspaces";
import { SignOutButton } from "./auth/sign-out-button";

/**
 * The top bar: home, the current workspace's codebook, one's own trend, sign out. The current
 * workspace is the page's (an interview's, a codebook's); elsewhere, one's first workspace.
 * Plain links, not client navigations: leaving a room must close its sync connections.
 */
export async function AppHeader({ user, workspace }: { user: { id: string; name: string }; workspace?: { id: string; name: string } }) {
  const current = workspace ?? (await listWorkspaces({ db: await getDb(), userId: user.id }))[0];
  return (
    <header className="app-header">
      <Link href="/interviews" className="brand">
        Second<span>Ear</span>
      </Link>
      <nav aria-label="Main">
        {current && (
          <a href={`/workspaces/${current.id}/codebook`} title={`The codebook of ${current.name}`} data-testid="header-codebook">
            Codebook
          </a>
        )}
        <a href={`/people/${user.id}/trend`} title="Your trend across your interviews">My trend</a>
        <span className="muted" data-testid="signed-in-as">{user.name}</span>
        <SignOutButton />
      </nav>
    </header>
  );
}
