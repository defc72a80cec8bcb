"use client";

import { useState } from "react";
import {
  createBuddyInviteAction,
  markDoneAction,
  revealTagsAction,
  setBlindModeAction,
  setCallOffsetAction,
  setReactionLagAction,
  setRoleAction,
  undoDoneAction,
  type RoomActionResult,
} from "@/app/room-actions";
import type { RoomContext } from "@/lib/interviews/server/get-room-context";
import { ManageRoles } from "./manage-roles";
import { TimingSettingInput } from "./timing-setting-input";

/**
 * Roles, blind mode and reveal. What is offered comes from the capabilities the
 * server decided (lib/interviews/policy.ts); every change is made and checked
 * by the server, which tells everyone's open room. `onChanged` refetches this one's.
 */
export function ReviewControls({ context, userId, onChanged }: { context: RoomContext; userId: string; onChanged: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [isManagingRoles, setManagingRoles] = useState(false);
  const [isConfirmingReveal, setConfirmingReveal] = useState(false);
  const { interview, myRole, participants, capabilities: can, limits } = context;
  const buddy = participants.find((p) => p.role === "buddy");
  const interviewer = participants.find((p) => p.role === "interviewer");

  async function act(action: () => Promise<RoomActionResult>) {
    setBusy(true);
    setError(null);
    const result = await action();
    setBusy(false);
    if (!result.ok) return setError(result.error);
    if (result.link) setLink(`${window.location.origin}${result.link}`);
    onChanged();
  }

  return (
    <section className="card review-controls" aria-label="Roles and review" data-testid="review-controls">
      <p className="roles">
        <span>Interviewer: <strong>{interviewer?.name ?? "nobody yet"}</strong>{interviewer && <DoneBadge isDone={interviewer.isDone} seat="interviewer" />}</span>
        <span>Buddy: <strong>{buddy?.name ?? "nobody yet"}</strong>{buddy && <DoneBadge isDone={buddy.isDone} seat="buddy" />}</span>
        <span>You: <strong data-testid="my-role">{myRole ?? "member (not tagging)"}</strong></span>
      </p>
      <p className="muted small" data-testid="blind-status">
        {!interview.blind
          ? "Blind tagging is off: everyone sees all tags live."
          : interview.isRevealed
            ? "Revealed: everyone can now see both people's tags."
            : "Blind tagging: each person's tags stay private until both press “I'm done”."}
      </p>
      <div className="review-buttons">
        {can.canTakeSeat.buddy && !myRole && (
          <button type="button" disabled={isBusy} onClick={() => act(() => setRoleAction(interview.id, userId, "buddy"))}>Be the buddy</button>
        )}
        {can.canTakeSeat.interviewer && !myRole && (
          <button type="button" disabled={isBusy} onClick={() => act(() => setRoleAction(interview.id, userId, "interviewer"))}>Be the interviewer</button>
        )}
        {can.canMarkDone && (
          <button type="button" disabled={isBusy} onClick={() => act(() => markDoneAction(interview.id))}>I&apos;m done</button>
        )}
        {can.canUndoDone && (
          <span className="muted small" data-testid="done-state">
            You&apos;re done; waiting for the others.{" "}
            <button type="button" className="link-button" disabled={isBusy} onClick={() => act(() => undoDoneAction(interview.id))}>Not done yet</button>
          </span>
        )}
        {can.canReveal && !isConfirmingReveal && (
          <button type="button" className="secondary" disabled={isBusy} onClick={() => setConfirmingReveal(true)}>Reveal now</button>
        )}
        {can.canReveal && isConfirmingReveal && (
          <span role="group" aria-label="Confirm revealing the tags" className="small confirm-inline">
            Show both people&apos;s tags to everyone now, before both are done? This cannot be made blind again for tags already seen.{" "}
            <button type="button" className="danger small" disabled={isBusy} onClick={() => (setConfirmingReveal(false), act(() => revealTagsAction(interview.id)))}>
              Reveal
            </button>{" "}
            <button type="button" className="link-button" disabled={isBusy} onClick={() => setConfirmingReveal(false)}>Keep them blind</button>
          </span>
        )}
        {can.canSetBlindMode && (
          <button type="button" className="secondary" disabled={isBusy} onClick={() => act(() => setBlindModeAction(interview.id, !interview.blind))}>
            {interview.blind ? "Turn blind tagging off" : "Turn blind tagging on"}
          </button>
        )}
        {can.canSeatOthers && (
          <button type="button" className="secondary" disabled={isBusy} onClick={() => act(() => createBuddyInviteAction(interview.id))}>Buddy link</button>
        )}
        {can.canSeatOthers && (
          <button type="button" className="secondary" aria-expanded={isManagingRoles} onClick={() => setManagingRoles((open) => !open)}>
            Manage roles
          </button>
        )}
        <span className="timing-settings">
          <TimingSettingInput
            label="Reaction lag"
            hint="Live tags land on the utterance spoken this many seconds before the key press."
            valueMs={interview.reactionLagMs}
            min={0}
            max={limits.reactionLagMs / 1000}
            testId="reaction-lag"
            canEdit={can.canSetTiming}
            save={(ms) => () => setReactionLagAction(interview.id, ms)}
            act={act}
          />
          <TimingSettingInput
            label="Transcript starts at call time"
            hint="Where the recording (and so the transcript's clock) began on the call clock; live tags are moved by it."
            valueMs={interview.callOffsetMs}
            min={-limits.callOffsetMs / 1000}
            max={limits.callOffsetMs / 1000}
            testId="call-offset"
            canEdit={can.canSetTiming}
            save={(ms) => () => setCallOffsetAction(interview.id, ms)}
            act={act}
          />
        </span>
      </div>
      {can.canSeatOthers && isManagingRoles && <ManageRoles context={context} userId={userId} isBusy={isBusy} act={act} />}
      {link && (
        <p className="small">
          Single-use buddy link (48 h): <input readOnly value={link} aria-label="Buddy link" onFocus={(e) => e.currentTarget.select()} />
        </p>
      )}
      {error && <p role="alert" className="error">{error}</p>}
    </section>
  );
}

/** Each tagger's "I'm done", shown to everyone in the room (the server tells open rooms when it changes). */
function DoneBadge({ isDone, seat }: { isDone: boolean; seat: "interviewer" | "buddy" }) {
  return (
    <span className={`done-badge${isDone ? " is-done" : ""}`} data-testid={`done-${seat}`}>
      {isDone ? "done" : "still tagging"}
    </span>
  );
}
