import Link from "next/link";
import { SignOutButton } from "./auth/sign-out-button";

export function AppHeader({ userName }: { userName: string }) {
  return (
    <header className="app-header">
      <Link href="/interviews" className="brand">
        Second<span>Ear</span>
      </Link>
      <nav>
        <span className="muted" data-testid="signed-in-as">{userName}</span>
        <SignOutButton />
      </nav>
    </header>
  );
}
