"use client";

import { setRoleAction, type RoomActionResult } from "@/app/room-actions";
import { PARTICIPANT_ROLES } from "@/lib/interviews/roles";
import type { RoomContext } from "@/lib/interviews/server/get-room-context";

const ROLE_LABELS = { interviewer: "Interviewer", buddy: "Buddy", observer: "Observer (read-only)" } as const;

/** Managers (the workspace owner, the interviewer) give workspace members a role in this interview. */
export function ManageRoles(props: {
  context: RoomContext;
  userId: string;
  isBusy: boolean;
  act: (action: () => Promise<RoomActionResult>) => Promise<void>;
}) {
  const { context, userId, isBusy, act } = props;
  const roleOf = new Map(context.participants.map((p) => [p.userId, p.role]));
  return (
    <div className="manage-roles" data-testid="manage-roles">
      <p className="muted small">
        Giving away a seat that someone holds makes them an observer. Members without a role can read and co-edit the transcript but not tag.
      </p>
      <ul>
        {context.members.map((member) => (
          <li key={member.userId}>
            <span className="manage-roles-name">
              {member.name}
              {member.userId === userId && <span className="muted"> (you)</span>}
              {member.workspaceRole === "owner" && <span className="muted small"> · owner</span>}
            </span>
            <select
              aria-label={`Role of ${member.name}`}
              value={roleOf.get(member.userId) ?? ""}
              disabled={isBusy}
              onChange={(event) => act(() => setRoleAction(context.interview.id, member.userId, event.target.value || null))}
            >
              <option value="">No role</option>
              {PARTICIPANT_ROLES.map((role) => <option key={role} value={role}>{ROLE_LABELS[role]}</option>)}
            </select>
          </li>
        ))}
      </ul>
    </div>
  );
}
