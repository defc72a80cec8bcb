"use client";

import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useRef } from "react";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { TimestampedParagraphs } from "@/lib/live/timestamped-paragraphs";
import { useIsEditorEmpty } from "@/components/room/use-is-editor-empty";

export const LIVE_NOTES_FIELD = "notes";

/** Shared notes during the call; each paragraph carries the call time it was started at. */
export function LiveNotes(props: {
  doc: Y.Doc;
  provider: WebsocketProvider;
  user: { id: string; name: string; color: string };
  getCallTime: () => number;
  isReadOnly: boolean;
}) {
  const getCallTime = useRef(props.getCallTime);
  getCallTime.current = props.getCallTime;
  const editor = useEditor(
    {
      immediatelyRender: false,
      editable: !props.isReadOnly,
      extensions: [
        StarterKit.configure({ undoRedo: false }),
        TimestampedParagraphs.configure({ getCallTime: () => getCallTime.current() }),
        Collaboration.configure({ document: props.doc, field: LIVE_NOTES_FIELD }),
        CollaborationCaret.configure({ provider: props.provider, user: props.user }),
      ],
      editorProps: { attributes: { class: "live-notes", role: "textbox", "aria-multiline": "true", "aria-label": "Live notes", "data-testid": "live-notes" } },
    },
    [props.doc, props.provider],
  );
  const isEmpty = useIsEditorEmpty(editor);
  return (
    <section className="card live-notes-card">
      <h2>Live notes</h2>
      {isEmpty && (
        <p className="muted small empty-hint" data-testid="live-notes-empty">
          {props.isReadOnly
            ? "No notes yet."
            : "For quotes and observations during the call, shared with everyone in the room; each line is stamped with the call time."}
        </p>
      )}
      <EditorContent editor={editor} />
    </section>
  );
}
