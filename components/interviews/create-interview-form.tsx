"use client";

import { useActionState } from "react";
import { createInterviewAction } from "@/app/actions";
import { TEXT_LIMITS } from "@/lib/workspaces/text-limits";
import { blockWhileInvalid, LimitedTextInput } from "./limited-text-input";

export function CreateInterviewForm({ workspaces }: { workspaces: { id: string; name: string }[] }) {
  const [state, action, isPending] = useActionState(createInterviewAction, undefined);
  const fieldError = (field: string) => (state?.field === field ? state.error : undefined);
  return (
    <form action={action} onSubmit={blockWhileInvalid} className="stack">
      <LimitedTextInput label="Title" name="title" placeholder="Onboarding pains, round 2" required max={TEXT_LIMITS.interviewTitle} what="Title" serverError={fieldError("title")} />
      <LimitedTextInput label="Participant / company" name="participant" placeholder="Jo at Acme Logistics" max={TEXT_LIMITS.participant} what="Participant" serverError={fieldError("participant")} />
      <label>
        Workspace
        <select name="workspaceId" defaultValue={workspaces[0]?.id}>
          {workspaces.map((w) => (
            <option key={w.id} value={w.id}>{w.name}</option>
          ))}
        </select>
      </label>
      <fieldset className="role-choice">
        <legend>Your role</legend>
        <label>
          <input type="radio" name="myRole" value="interviewer" defaultChecked /> I&apos;m the interviewer
        </label>
        <label>
          <input type="radio" name="myRole" value="buddy" /> I&apos;m the buddy
        </label>
      </fieldset>
      {state?.error && !["title", "participant"].includes(state.field ?? "") && <p role="alert" className="error">{state.error}</p>}
      <button type="submit" disabled={isPending}>{isPending ? "Creating…" : "Create interview"}</button>
    </form>
  );
}
