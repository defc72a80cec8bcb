"use client";

import { useEffect, useState } from "react";
import { setReactionLagAction, type RoomActionResult } from "@/app/room-actions";

/** Seconds live tags are shifted back onto the transcript (people press a key a moment after they hear it). */
export function ReactionLagInput(props: {
  interviewId: string;
  reactionLagMs: number;
  canEdit: boolean;
  act: (action: () => Promise<RoomActionResult>) => Promise<void>;
}) {
  const { interviewId, reactionLagMs, canEdit, act } = props;
  const saved = String(reactionLagMs / 1000);
  const [value, setValue] = useState(saved);
  useEffect(() => setValue(saved), [saved]);
  const hint = "Live tags land on the utterance spoken this many seconds before the key press.";
  if (!canEdit) {
    return <span className="muted small reaction-lag" title={hint} data-testid="reaction-lag">Reaction lag {saved} s</span>;
  }
  const save = () => {
    const seconds = Number(value);
    if (value.trim() === "" || !Number.isFinite(seconds)) return setValue(saved);
    if (value !== saved) void act(() => setReactionLagAction(interviewId, Math.round(seconds * 1000)));
  };
  return (
    <label className="reaction-lag small" title={hint}>
      Reaction lag
      <input
        type="number"
        min={0}
        max={15}
        step={0.5}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => event.key === "Enter" && event.currentTarget.blur()}
        aria-describedby="reaction-lag-hint"
      />
      s<span id="reaction-lag-hint" className="visually-hidden">{hint}</span>
    </label>
  );
}
