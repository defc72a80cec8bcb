"use client";

import { useActionState } from "react";
import { createInterviewAction } from "@/app/actions";

export function CreateInterviewForm({ workspaces }: { workspaces: { id: string; name: string }[] }) {
  const [state, action, isPending] = useActionState(createInterviewAction, undefined);
  return (
    <form action={action} className="stack">
      <label>
        Title
        <input name="title" placeholder="Onboarding pains, round 2" required maxLength={200} />
      </label>
      <label>
        Participant / company
        <input name="participant" placeholder="Jo at Acme Logistics" maxLength={200} />
      </label>
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
      {state?.error && <p role="alert" className="error">{state.error}</p>}
      <button type="submit" disabled={isPending}>{isPending ? "Creating…" : "Create interview"}</button>
    </form>
  );
}
