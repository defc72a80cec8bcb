"use client";

import type { WorkspaceCode } from "@/lib/codebook/server/list-workspace-codes";
import { DEFAULT_CODEBOOK } from "@/lib/codebook/default-codebook";

/** The codes by practice, each a button with its hotkey; the heart of tagging. */
export function TagPalette({ codes, onTag }: { codes: WorkspaceCode[]; onTag: (code: WorkspaceCode) => void }) {
  const steps = [...new Set(codes.filter((c) => !c.archived).map((c) => c.step))].sort((a, b) => a - b);
  return (
    <section className="card palette" aria-label="Tag palette" data-testid="tag-palette">
      <h2>Tag</h2>
      <p className="muted small">Press a key to tag now, or select transcript text first to tag it.</p>
      {steps.map((step) => (
        <div key={step} className="palette-step">
          <h3>{DEFAULT_CODEBOOK.steps.find((s) => s.id === step)?.title ?? `Step ${step}`}</h3>
          <div className="palette-codes">
            {codes
              .filter((c) => c.step === step && !c.archived)
              .map((code) => (
                <button
                  key={code.key}
                  type="button"
                  className={`code-button polarity-${code.polarity === "+" ? "plus" : "minus"}`}
                  style={{ borderColor: code.color }}
                  title={code.description}
                  // Keep the transcript selection: a click must not move focus first.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => onTag(code)}
                >
                  <span className="polarity">{code.polarity}</span> {code.label}
                  {code.hotkey && <kbd>{code.hotkey}</kbd>}
                </button>
              ))}
          </div>
        </div>
      ))}
    </section>
  );
}
