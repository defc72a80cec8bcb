"use client";

import { useState } from "react";
import { updateCodeAction } from "@/app/codebook-actions";
import type { WorkspaceCode } from "@/lib/codebook/server/list-workspace-codes";
import { useCodebookAction } from "./use-codebook-action";

/** Rename, re-key, re-colour or re-describe one code. Its key, step and polarity stay: old tags keep their meaning. */
export function CodeEditForm({ workspaceId, code, onClose }: { workspaceId: string; code: WorkspaceCode; onClose: () => void }) {
  const [label, setLabel] = useState(code.label);
  const [hotkey, setHotkey] = useState(code.hotkey ?? "");
  const [color, setColor] = useState(code.color);
  const [description, setDescription] = useState(code.description);
  const { run, isBusy, error } = useCodebookAction();
  const invalid = (field: string) => (error?.field === field ? true : undefined);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const ok = await run(() => updateCodeAction(workspaceId, code.key, { label, hotkey, color, description }));
    if (ok) onClose();
  }

  return (
    <form className="code-form" onSubmit={save} aria-label={`Edit ${code.label}`}>
      <p className="code-form-title">
        Editing <code className="code-key">{code.key}</code>
        <span className="muted small"> · step {code.step} · {code.polarity === "+" ? "+ done well" : "− a miss"}</span>
      </p>
      <div className="code-form-fields">
        <label className="field-label">
          Label
          <input value={label} onChange={(e) => setLabel(e.target.value)} maxLength={60} required aria-invalid={invalid("label")} autoFocus />
        </label>
        <label className="field-hotkey">
          Hotkey
          <input value={hotkey} onChange={(e) => setHotkey(e.target.value.slice(-1))} maxLength={1} aria-invalid={invalid("hotkey")} placeholder="none" />
        </label>
        <label className="field-color">
          Colour
          <input type="color" value={color} onChange={(e) => setColor(e.target.value)} aria-invalid={invalid("color")} />
        </label>
        <label className="field-description">
          Description
          <textarea value={description} onChange={(e) => setDescription(e.target.value)} maxLength={500} rows={2} />
        </label>
      </div>
      <div className="code-form-buttons">
        <button type="submit" disabled={isBusy}>{isBusy ? "Saving…" : "Save"}</button>
        <button type="button" className="secondary" onClick={onClose}>Cancel</button>
        {error && <p role="alert" className="error">{error.message}</p>}
      </div>
    </form>
  );
}
