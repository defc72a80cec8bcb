"use client";

import { useActionState, useEffect, useState } from "react";
import { renameWorkspaceAction } from "@/app/actions";
import { TEXT_LIMITS } from "@/lib/workspaces/text-limits";
import { blockWhileInvalid, LimitedTextInput } from "./limited-text-input";

/** The owner's "Rename" next to a workspace's name: an inline form, closed again once saved. */
export function RenameWorkspaceForm({ workspaceId, name }: { workspaceId: string; name: string }) {
  const [isOpen, setIsOpen] = useState(false);
  const [state, action, isPending] = useActionState(renameWorkspaceAction, undefined);
  useEffect(() => {
    if (state?.ok) setIsOpen(false);
  }, [state]);
  if (!isOpen) {
    return (
      <button type="button" className="link-button small" onClick={() => setIsOpen(true)} aria-label={`Rename ${name}`}>
        Rename
      </button>
    );
  }
  return (
    <form action={action} onSubmit={blockWhileInvalid} className="inline-form" aria-label={`Rename ${name}`}>
      <input type="hidden" name="workspaceId" value={workspaceId} />
      <LimitedTextInput label="Workspace name" name="name" defaultValue={name} required autoFocus max={TEXT_LIMITS.workspaceName} what="Workspace name" serverError={state?.field === "name" ? state.error : undefined} />
      {state?.error && state.field !== "name" && <p role="alert" className="error">{state.error}</p>}
      <button type="submit" disabled={isPending}>{isPending ? "Saving…" : "Save name"}</button>
      <button type="button" className="link-button" onClick={() => setIsOpen(false)}>Cancel</button>
    </form>
  );
}
