"use client";

import { useEffect, useRef, useState } from "react";

/**
 * The optional one-line note right after tagging: Enter saves, Escape skips.
 * Either way focus goes back to the editor it came from (text selected in the
 * transcript, usually); a live tag by hotkey leaves focus on the page, so the
 * next hotkey tags again instead of typing into a document.
 */
export function NotePrompt({ label, onDone }: { label: string; onDone: (note: string | null) => void }) {
  const [note, setNote] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const cameFrom = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const active = document.activeElement;
    cameFrom.current = active instanceof HTMLElement && active.closest(".ProseMirror") ? active : null;
    input.current?.focus();
  }, []);
  const isFinished = useRef(false);
  const finish = (value: string | null, isFromKeyboard: boolean) => {
    // Moving focus away below blurs the input, which would finish a second time.
    if (isFinished.current) return;
    isFinished.current = true;
    onDone(value);
    if (!isFromKeyboard) return; // a click elsewhere already put focus where the person wanted it
    if (cameFrom.current?.isConnected) cameFrom.current.focus();
    else input.current?.blur();
  };
  return (
    <form
      className="note-prompt"
      onSubmit={(event) => {
        event.preventDefault();
        finish(note.trim() || null, true);
      }}
    >
      <label>
        Note for <strong>{label}</strong> <span className="muted">(Enter to save, Esc to skip)</span>
        <input
          ref={input}
          value={note}
          maxLength={300}
          aria-label="Tag note"
          onChange={(event) => setNote(event.target.value)}
          onKeyDown={(event) => event.key === "Escape" && finish(null, true)}
          onBlur={() => finish(note.trim() || null, false)}
        />
      </label>
    </form>
  );
}
