"use client";

import { useActionState, useEffect, useState } from "react";
import { createInviteAction } from "@/app/actions";

export function InviteButton({ workspaceId }: { workspaceId: string }) {
  const [state, action, isPending] = useActionState(createInviteAction, undefined);
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  const link = state?.link ? `${origin}${state.link}` : null;
  return (
    <form action={action} className="invite">
      <input type="hidden" name="workspaceId" value={workspaceId} />
      <button type="submit" className="secondary" disabled={isPending}>Invite a colleague</button>
      {state?.error && <p role="alert" className="error">{state.error}</p>}
      {link && (
        <p className="invite-link">
          Send this link (valid 7 days):{" "}
          <input readOnly value={link} aria-label="Invite link" onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="link-button" onClick={() => navigator.clipboard?.writeText(link)}>Copy</button>
        </p>
      )}
    </form>
  );
}
