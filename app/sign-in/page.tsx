import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { getSessionUser } from "@/lib/auth/server/get-session-user";
import { getDb } from "@/lib/db/get-db";
import { DEMO_ACCOUNTS } from "@/lib/workspaces/server/seed-demo";

export const metadata = { title: "Sign in · SecondEar" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  const hasDemo =
    process.env.SEED_DEMO !== "0" && (await (await getDb()).user.count({ where: { email: DEMO_ACCOUNTS[0].email } })) > 0;
  return (
    <main className="auth-page">
      <div className="auth-column">
        <SignInForm callbackUrl={callbackUrl} />
        {hasDemo && (
          <p className="card demo-hint" data-testid="demo-hint">
            Trying SecondEar? Sign in as the interviewer <code>{DEMO_ACCOUNTS[0].email}</code> here and as the buddy{" "}
            <code>{DEMO_ACCOUNTS[1].email}</code> in a private window; the password is <code>{DEMO_ACCOUNTS[0].password}</code>.
          </p>
        )}
      </div>
    </main>
  );
}
