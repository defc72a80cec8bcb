"use client";

import { useActionState } from "react";
import { acceptInviteAction } from "@/app/actions";

export function AcceptInviteForm({ token }: { token: string }) {
  const [state, action, isPending] = useActionState(acceptInviteAction, undefined);
  return (
    <form action={action} className="stack">
      <input type="hidden" name="token" value={token} />
      {state?.error && <p role="alert" className="error">{state.error}</p>}
      <button type="submit" disabled={isPending}>Join workspace</button>
    </form>
  );
}
