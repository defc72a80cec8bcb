"use client";

import { useActionState, useEffect, useState } from "react";
import { renameInterviewAction } from "@/app/actions";
import { blockWhileInvalid, LimitedTextInput } from "@/components/interviews/limited-text-input";
import { TEXT_LIMITS } from "@/lib/workspaces/text-limits";

/** "Rename" beside the room's title, for its managers: an inline form, closed once saved. */
export function RenameInterview({ interviewId, title }: { interviewId: string; title: string }) {
  const [isOpen, setIsOpen] = useState(false);
  const [state, action, isPending] = useActionState(renameInterviewAction, undefined);
  useEffect(() => {
    if (state?.ok) setIsOpen(false);
  }, [state]);
  if (!isOpen) {
    return (
      <button type="button" className="link-button small" onClick={() => setIsOpen(true)} aria-label="Rename interview">
        Rename
      </button>
    );
  }
  return (
    <form action={action} onSubmit={blockWhileInvalid} className="inline-form rename-interview" aria-label="Rename interview">
      <input type="hidden" name="interviewId" value={interviewId} />
      <LimitedTextInput label="Interview title" name="title" defaultValue={title} required autoFocus max={TEXT_LIMITS.interviewTitle} what="Title" serverError={state?.field === "title" ? state.error : undefined} />
      {state?.error && state.field !== "title" && <p role="alert" className="error">{state.error}</p>}
      <span>
        <button type="submit" disabled={isPending}>{isPending ? "Saving…" : "Save title"}</button>{" "}
        <button type="button" className="link-button" onClick={() => setIsOpen(false)}>Cancel</button>
      </span>
    </form>
  );
}
