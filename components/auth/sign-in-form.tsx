"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email")),
      password: String(form.get("password")),
      redirect: false,
    });
    if (result?.ok) {
      router.replace(callbackUrl);
      router.refresh();
    } else {
      setPending(false);
      // next-auth passes our limits' message through as `error`; its own code for a plain miss is "CredentialsSignin".
      setError(result?.error && result.error !== "CredentialsSignin" ? result.error : "Wrong email or password.");
    }
  }

  return (
    <form className="card auth-card" onSubmit={onSubmit}>
      <h1>Sign in to SecondEar</h1>
      <label>
        Email
        <input name="email" type="email" autoComplete="email" required autoFocus />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && <p role="alert" className="error">{error}</p>}
      <button type="submit" disabled={isPending}>{isPending ? "Signing in…" : "Sign in"}</button>
      <p className="muted">
        New here? <Link href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Create an account</Link>
      </p>
    </form>
  );
}
