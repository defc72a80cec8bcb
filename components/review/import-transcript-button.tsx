"use client";

import { useRef, useState } from "react";
import type * as Y from "yjs";
import "./review.css";
import { ImportTranscriptForm } from "./import-transcript-form";

/** "Import transcript" in the transcript card's header; the form lives in a modal dialog. */
export function ImportTranscriptButton({ doc }: { doc: Y.Doc }) {
  const dialog = useRef<HTMLDialogElement>(null);
  // A new key per opening: every import starts from a clean form.
  const [session, setSession] = useState(0);
  const [isOpen, setOpen] = useState(false);
  const open = () => {
    setSession((n) => n + 1);
    setOpen(true);
    dialog.current?.showModal();
  };
  const close = () => dialog.current?.close();
  return (
    <>
      <button type="button" className="secondary small" onClick={open}>
        Import transcript
      </button>
      <dialog ref={dialog} className="import-dialog" aria-labelledby="import-title" onClose={() => setOpen(false)}>
        <div className="dialog-header">
          <h2 id="import-title">Import transcript</h2>
          <button type="button" className="link-button" onClick={close} aria-label="Close">
            ✕
          </button>
        </div>
        {isOpen && <ImportTranscriptForm key={session} doc={doc} onDone={close} />}
      </dialog>
    </>
  );
}
