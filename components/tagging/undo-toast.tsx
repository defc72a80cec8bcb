"use client";

import { useEffect, useRef } from "react";

/** How long "Undo" stays offered after a tag is deleted. */
const UNDO_MS = 10_000;

/**
 * "Tag deleted · Undo": deleting is one click, so taking it back is one too.
 * Leaves after a while unless hovered or focused; Escape closes it.
 */
export function UndoToast({ message, onUndo, onClose }: { message: string; onUndo: () => void; onClose: () => void }) {
  const isHeld = useRef(false);
  const latestClose = useRef(onClose);
  latestClose.current = onClose;
  useEffect(() => {
    const timer = setInterval(() => {
      if (!isHeld.current) latestClose.current();
    }, UNDO_MS);
    return () => clearInterval(timer);
  }, [message]);
  return (
    <div
      className="undo-toast toast"
      role="status"
      data-testid="undo-toast"
      onMouseEnter={() => (isHeld.current = true)}
      onMouseLeave={() => (isHeld.current = false)}
      onFocus={() => (isHeld.current = true)}
      onBlur={() => (isHeld.current = false)}
      onKeyDown={(event) => event.key === "Escape" && onClose()}
    >
      <strong>{message}</strong>
      <span className="toast-actions">
        <button type="button" className="secondary" onClick={onUndo}>Undo</button>
        <button type="button" className="link-button" onClick={onClose}>Close</button>
      </span>
    </div>
  );
}
