"use client";

import { useActionState } from "react";
import { createWorkspaceAction } from "@/app/actions";
import { TEXT_LIMITS } from "@/lib/workspaces/text-limits";
import { blockWhileInvalid, LimitedTextInput } from "./limited-text-input";

/** A new workspace of one's own: its own members, codebook and interviews. */
export function CreateWorkspaceForm() {
  const [state, action, isPending] = useActionState(createWorkspaceAction, undefined);
  return (
    <form action={action} onSubmit={blockWhileInvalid} className="stack create-workspace" aria-label="New workspace">
      {/* A fresh input after each success: the name just created does not linger. */}
      <LimitedTextInput key={state?.saved ?? ""} label="New workspace" name="name" placeholder="Research team" max={TEXT_LIMITS.workspaceName} what="Workspace name" serverError={state?.field === "name" ? state.error : undefined} />
      {state?.error && state.field !== "name" && <p role="alert" className="error">{state.error}</p>}
      {state?.ok && <p role="status" className="muted small">Created “{state.saved}”.</p>}
      <button type="submit" className="secondary" disabled={isPending}>{isPending ? "Creating…" : "Create workspace"}</button>
    </form>
  );
}
