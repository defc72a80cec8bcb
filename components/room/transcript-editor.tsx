"use client";

import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { useEffect, useRef, type RefObject } from "react";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { getPlaybackBus } from "@/components/review/playback-bus";
import { PlaybackHighlight } from "@/components/review/playback-highlight";
import { refreshTagHighlights, TagHighlights, type HighlightSpan, type MarginMarker } from "@/components/tagging/tag-highlights";
import type { ViewTag } from "@/components/tagging/use-tag-view";
import type { WorkspaceCode } from "@/lib/codebook/server/list-workspace-codes";
import { getTranscriptExtensions, TRANSCRIPT_FIELD } from "@/lib/collab/transcript-extensions";
import type { RoomUser } from "./interview-room";
import { useIsEditorEmpty } from "./use-is-editor-empty";

interface TranscriptEditorProps {
  doc: Y.Doc;
  provider: WebsocketProvider;
  user: RoomUser;
  isReadOnly: boolean;
  tags: ViewTag[];
  tagsVersion: number;
  /** Codes whose hotkeys tag the selected text (empty for people who do not tag). */
  codes: WorkspaceCode[];
  onSelectionTag: (code: WorkspaceCode) => boolean;
  editorRef: RefObject<Editor | null>;
}

function toSpans(tags: ViewTag[]): HighlightSpan[] {
  return tags.flatMap((t) =>
    t.anchor.kind === "span"
      ? [{ id: t.id, anchor: t.anchor, color: t.color, title: `${t.label} (${t.layer.isMine ? "you" : t.layer.name})` }]
      : [],
  );
}

function toMarkers(tags: ViewTag[]): MarginMarker[] {
  return tags.flatMap((t) =>
    t.anchor.kind === "time" && t.blockIndex != null
      ? [{ id: `${t.layer.userId}-${t.id}`, blockIndex: t.blockIndex, color: t.color, label: `${t.polarity} ${t.label}` }]
      : [],
  );
}

export function TranscriptEditor(props: TranscriptEditorProps) {
  const { doc, provider, user } = props;
  // The extension reads the latest props through this ref: the editor is built once per document.
  const latest = useRef(props);
  latest.current = props;
  const editor = useEditor(
    {
      immediatelyRender: false,
      editable: !props.isReadOnly,
      extensions: [
        ...getTranscriptExtensions(),
        Collaboration.configure({ document: doc, field: TRANSCRIPT_FIELD }),
        CollaborationCaret.configure({ provider, user }),
        PlaybackHighlight.configure({ bus: getPlaybackBus(doc) }),
        TagHighlights.configure({
          fragment: doc.getXmlFragment(TRANSCRIPT_FIELD),
          getSpans: () => toSpans(latest.current.tags),
          getMarkers: () => toMarkers(latest.current.tags),
          onSelectionHotkey: (key) => {
            const code = latest.current.codes.find((c) => !c.archived && c.hotkey === key);
            return code ? latest.current.onSelectionTag(code) : false;
          },
        }),
      ],
      // A textbox role: an aria-label on a bare div is not announced (axe: aria-prohibited-attr).
      editorProps: { attributes: { class: "transcript with-heads", role: "textbox", "aria-multiline": "true", "aria-label": "Transcript", "data-testid": "transcript-editor" } },
    },
    [doc, provider],
  );
  const { editorRef, tagsVersion, tags, isReadOnly } = props;
  useEffect(() => {
    editorRef.current = editor;
    return () => {
      editorRef.current = null;
    };
  }, [editor, editorRef]);
  useEffect(() => {
    if (editor && !editor.isDestroyed) refreshTagHighlights(editor.view);
  }, [editor, tagsVersion, tags]);
  useEffect(() => {
    editor?.setEditable(!isReadOnly);
  }, [editor, isReadOnly]);
  const isEmpty = useIsEditorEmpty(editor);
  return (
    <>
      {isEmpty && (
        <p className="muted empty-hint" data-testid="transcript-empty">
          {isReadOnly
            ? "No transcript yet."
            : "No transcript yet: import one (WebVTT, SRT, Zoom, Teams, Meet, Otter or “Speaker: text” lines), paste it below, or type as the call goes."}
        </p>
      )}
      <EditorContent editor={editor} />
    </>
  );
}
