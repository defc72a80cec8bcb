"use client";

import { useState } from "react";
import { createCodeAction } from "@/app/codebook-actions";
import { getStepColor } from "@/lib/codebook/step-colors";
import { getStepTitle } from "@/lib/codebook/step-title";
import type { Polarity } from "@/lib/vocabulary";
import { useCodebookAction } from "./use-codebook-action";

const toKebab = (text: string) => text.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40);
const EMPTY = { key: "", label: "", step: 1, polarity: "+" as Polarity, hotkey: "", color: getStepColor(1), description: "" };

/** A new code: the key follows the label until edited, the colour follows the step until picked. */
export function AddCodeForm({ workspaceId, steps }: { workspaceId: string; steps: number[] }) {
  const [form, setForm] = useState(EMPTY);
  const [touched, setTouched] = useState({ key: false, color: false });
  const { run, isBusy, error } = useCodebookAction();
  const invalid = (field: string) => (error?.field === field ? true : undefined);
  const set = (patch: Partial<typeof EMPTY>) => setForm((f) => ({ ...f, ...patch }));

  async function add(event: React.FormEvent) {
    event.preventDefault();
    if (await run(() => createCodeAction(workspaceId, form))) {
      setForm(EMPTY);
      setTouched({ key: false, color: false });
    }
  }

  return (
    <section className="card codebook-add" aria-labelledby="add-code">
      <h2 id="add-code">Add a code</h2>
      <form className="code-form" onSubmit={add}>
        <div className="code-form-fields">
          <label className="field-label">
            Label
            <input
              value={form.label}
              maxLength={60}
              required
              aria-invalid={invalid("label")}
              onChange={(e) => set({ label: e.target.value, ...(touched.key ? {} : { key: toKebab(e.target.value) }) })}
            />
          </label>
          <label className="field-key">
            Key <span className="muted small">(permanent)</span>
            <input
              value={form.key}
              maxLength={40}
              required
              aria-invalid={invalid("key")}
              placeholder="open-question"
              onChange={(e) => (setTouched((t) => ({ ...t, key: true })), set({ key: e.target.value }))}
            />
          </label>
          <label className="field-step">
            Step
            <select
              value={form.step}
              aria-invalid={invalid("step")}
              onChange={(e) => set({ step: Number(e.target.value), ...(touched.color ? {} : { color: getStepColor(Number(e.target.value)) }) })}
            >
              {steps.map((s) => <option key={s} value={s}>{s} · {getStepTitle(s)}</option>)}
            </select>
          </label>
          <label className="field-polarity">
            Polarity
            <select value={form.polarity} onChange={(e) => set({ polarity: e.target.value === "-" ? "-" : "+" })}>
              <option value="+">+ done well</option>
              <option value="-">− a miss</option>
            </select>
          </label>
          <label className="field-hotkey">
            Hotkey
            <input value={form.hotkey} maxLength={1} placeholder="none" aria-invalid={invalid("hotkey")} onChange={(e) => set({ hotkey: e.target.value.slice(-1) })} />
          </label>
          <label className="field-color">
            Colour
            <input type="color" value={form.color} onChange={(e) => (setTouched((t) => ({ ...t, color: true })), set({ color: e.target.value }))} />
          </label>
          <label className="field-description">
            Description
            <textarea value={form.description} maxLength={500} rows={2} onChange={(e) => set({ description: e.target.value })} />
          </label>
        </div>
        <div className="code-form-buttons">
          <button type="submit" disabled={isBusy}>{isBusy ? "Adding…" : "Add code"}</button>
          {error && <p role="alert" className="error">{error.message}</p>}
        </div>
      </form>
    </section>
  );
}
