"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { signUpAction } from "@/app/actions";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signUpAction(undefined, form);
    if (result?.error) {
      setPending(false);
      setError(result.error);
      return;
    }
    await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form className="card auth-card" onSubmit={onSubmit}>
      <h1>Create your SecondEar account</h1>
      <label>
        Your name
        <input name="name" autoComplete="name" required autoFocus />
      </label>
      <label>
        Email
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label>
        Password <span className="muted">(at least 8 characters)</span>
        <input name="password" type="password" autoComplete="new-password" minLength={8} required />
      </label>
      {error && <p role="alert" className="error">{error}</p>}
      <button type="submit" disabled={isPending}>{isPending ? "Creating account…" : "Create account"}</button>
      <p className="muted">
        Already have an account? <Link href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Sign in</Link>
      </p>
    </form>
  );
}
