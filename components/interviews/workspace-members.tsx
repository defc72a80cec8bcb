"use client";

import { useState, useTransition } from "react";
import { removeMemberAction } from "@/app/actions";

interface Member {
  userId: string;
  name: string;
  workspaceRole: "owner" | "member";
}

/** Who is in a workspace; the owner removes members (asked first), a member may leave. */
export function WorkspaceMembers(props: { workspaceId: string; members: Member[]; selfId: string; isOwner: boolean }) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const ownerCount = props.members.filter((m) => m.workspaceRole === "owner").length;
  const remove = (userId: string) =>
    startTransition(async () => {
      const result = await removeMemberAction(props.workspaceId, userId);
      setConfirming(null);
      setError(result?.error ?? null);
    });
  return (
    <details className="workspace-members">
      <summary className="small">Members</summary>
      <ul>
        {props.members.map((member) => {
          const isSelf = member.userId === props.selfId;
          // The only owner cannot leave (the server refuses it too); another owner can.
          const canRemove = isSelf ? member.workspaceRole !== "owner" || ownerCount > 1 : props.isOwner;
          const verb = isSelf ? "Leave workspace" : "Remove";
          return (
            <li key={member.userId} className="small">
              {member.name}
              {isSelf && <span className="muted"> (you)</span>}
              {member.workspaceRole === "owner" && <span className="muted"> · owner</span>}{" "}
              {canRemove &&
                (confirming === member.userId ? (
                  <span role="group" aria-label={`Confirm removing ${member.name}`}>
                    {isSelf ? "Leave this workspace?" : `Remove ${member.name} from the workspace? Their open rooms close at once.`}{" "}
                    <button type="button" className="danger" disabled={isPending} onClick={() => remove(member.userId)}>{verb}</button>{" "}
                    <button type="button" className="link-button" onClick={() => setConfirming(null)}>Keep</button>
                  </span>
                ) : (
                  <button type="button" className="link-button" aria-label={`${verb}${isSelf ? "" : ` ${member.name}`}`} onClick={() => setConfirming(member.userId)}>
                    {verb}
                  </button>
                ))}
            </li>
          );
        })}
      </ul>
      {error && <p role="alert" className="error small">{error}</p>}
    </details>
  );
}
