"use client";

import { useEffect, useRef, useState } from "react";

/** The optional one-line note right after tagging: Enter saves, Escape skips. */
export function NotePrompt({ label, onDone }: { label: string; onDone: (note: string | null) => void }) {
  const [note, setNote] = useState("");
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      className="note-prompt"
      onSubmit={(event) => {
        event.preventDefault();
        onDone(note.trim() || null);
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
          onKeyDown={(event) => event.key === "Escape" && onDone(null)}
          onBlur={() => onDone(note.trim() || null)}
        />
      </label>
    </form>
  );
}
