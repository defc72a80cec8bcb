"use client";

import { useEffect, useId, useState } from "react";
import type { RoomActionResult } from "@/app/room-actions";

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
  step: number;
  testId: string;
  canEdit: boolean;
  save: (ms: number) => () => Promise<RoomActionResult>;
  act: (action: () => Promise<RoomActionResult>) => Promise<void>;
}) {
  const { label, hint, valueMs, canEdit, act } = props;
  const hintId = useId();
  const saved = String(valueMs / 1000);
  const [value, setValue] = useState(saved);
  useEffect(() => setValue(saved), [saved]);
  if (!canEdit) {
    return <span className="muted small reaction-lag" title={hint} data-testid={props.testId}>{label} {saved} s</span>;
  }
  const commit = () => {
    const seconds = Number(value);
    if (value.trim() === "" || !Number.isFinite(seconds)) return setValue(saved);
    if (value !== saved) void act(props.save(Math.round(seconds * 1000)));
  };
  return (
    <label className="reaction-lag small" title={hint}>
      {label}
      <input
        type="number"
        min={props.min}
        max={props.max}
        step={props.step}
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
