"use client";

import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { EditorContent, useEditor } from "@tiptap/react";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { getTranscriptExtensions, TRANSCRIPT_FIELD } from "@/lib/collab/transcript-extensions";
import { getPlaybackBus } from "@/components/review/playback-bus";
import { PlaybackHighlight } from "@/components/review/playback-highlight";
import type { RoomUser } from "./interview-room";

export function TranscriptEditor({ doc, provider, user }: { doc: Y.Doc; provider: WebsocketProvider; user: RoomUser }) {
  const editor = useEditor(
    {
      immediatelyRender: false,
      extensions: [
        ...getTranscriptExtensions(),
        Collaboration.configure({ document: doc, field: TRANSCRIPT_FIELD }),
        CollaborationCaret.configure({ provider, user }),
        PlaybackHighlight.configure({ bus: getPlaybackBus(doc) }),
      ],
      editorProps: { attributes: { class: "transcript with-heads", "aria-label": "Transcript", "data-testid": "transcript-editor" } },
    },
    [doc, provider],
  );
  return <EditorContent editor={editor} />;
}
