"use client";

import { useEffect, useId, useState } from "react";
import type { RoomActionResult } from "@/app/room-actions";
import { formatSecondsField } from "@/lib/recordings/format-seconds-field";
import { parseSecondsField } from "@/lib/recordings/parse-seconds-field";

/**
 * A time setting of the interview in seconds (reaction lag, call offset):
 * editable by managers, shown read-only to everyone else.
 */
export function TimingSettingInput(props: {
  label: string;
  hint: string;
  valueMs: number;
  min: number;
  max: number;
  testId: string;
  canEdit: boolean;
  save: (ms: number) => () => Promise<RoomActionResult>;
  act: (action: () => Promise<RoomActionResult>) => Promise<void>;
}) {
  const { label, hint, valueMs, canEdit, act } = props;
  const hintId = useId();
  const saved = formatSecondsField(valueMs);
  const [value, setValue] = useState(saved);
  useEffect(() => setValue(saved), [saved]);
  if (!canEdit) {
    return <span className="muted small reaction-lag" title={hint} data-testid={props.testId}>{label} {saved} s</span>;
  }
  const commit = () => {
    const ms = parseSecondsField(value);
    if (ms === null) return setValue(saved);
    const clamped = Math.min(props.max * 1000, Math.max(props.min * 1000, ms));
    if (formatSecondsField(clamped) !== saved) void act(props.save(clamped));
    else setValue(saved);
  };
  return (
    <label className="reaction-lag small" title={hint}>
      {label}
      <input
        type="text"
        inputMode="decimal"
        size={5}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === "Enter" && event.currentTarget.blur()}
        aria-describedby={hintId}
      />
      s<span id={hintId} className="visually-hidden">{hint}</span>
    </label>
  );
}
