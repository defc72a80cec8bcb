"use client";

import { useEffect, useRef, useState } from "react";
import type * as Y from "yjs";
import { getNudgeArray, type Nudge } from "@/lib/live/nudges";

/**
 * Nudges arriving for the interviewer: small toasts in a corner that never
 * take focus (the interviewer is mid-sentence), dismissed or marked taken.
 */
export function NudgeToasts({ doc, onTaken }: { doc: Y.Doc; onTaken: (nudge: Nudge) => void }) {
  const [visible, setVisible] = useState<Nudge[]>([]);
  const seen = useRef<Set<string> | null>(null);
  useEffect(() => {
    const array = getNudgeArray(doc);
    const update = () => {
      const all = array.toArray();
      // Nudges already there when the room opened are history, not news.
      if (!seen.current) {
        seen.current = new Set(all.map((n) => n.id));
        return;
      }
      const fresh = all.filter((n) => !seen.current!.has(n.id) && n.takenAt == null);
      fresh.forEach((n) => seen.current!.add(n.id));
      if (fresh.length) setVisible((current) => [...current, ...fresh].slice(-4));
    };
    update();
    array.observe(update);
    return () => array.unobserve(update);
  }, [doc]);
  const dismiss = (id: string) => setVisible((current) => current.filter((n) => n.id !== id));
  return (
    <div className="toasts" aria-live="polite" role="status" data-testid="nudge-toasts">
      {visible.map((nudge) => (
        <div key={nudge.id} className="toast">
          <strong>{nudge.text}</strong>
          <span className="muted small">from {nudge.fromName}</span>
          <span className="toast-actions">
            <button
              type="button"
              className="secondary"
              tabIndex={-1}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                onTaken(nudge);
                dismiss(nudge.id);
              }}
            >
              Taken
            </button>
            <button type="button" className="link-button" tabIndex={-1} onMouseDown={(e) => e.preventDefault()} onClick={() => dismiss(nudge.id)}>
              Dismiss
            </button>
          </span>
        </div>
      ))}
    </div>
  );
}
