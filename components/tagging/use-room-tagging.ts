"use client";

import type { Editor } from "@tiptap/react";
import { useCallback, useState, type RefObject } from "react";
import type * as Y from "yjs";
import type { WorkspaceCode } from "@/lib/codebook/server/list-workspace-codes";
import { TRANSCRIPT_FIELD } from "@/lib/collab/transcript-extensions";
import type { Nudge } from "@/lib/live/nudges";
import { anchorRange } from "@/lib/tags/span-anchor";
import { addTag, deleteTag, getTagMap, newTagId, updateTag, updateTagNote, type TagPatch } from "@/lib/tags/tags-document";
import type { StoredTag } from "@/lib/tags/tag-types";

/**
 * Making tags: a span tag when transcript text is selected, otherwise a live
 * tag at the current call time; then the optional note prompt.
 */
export function useRoomTagging(options: {
  myTagsDoc: Y.Doc | null;
  transcriptDoc: Y.Doc | null;
  editorRef: RefObject<Editor | null>;
  getCallTime: () => number;
  codes: WorkspaceCode[];
}) {
  const { myTagsDoc, transcriptDoc, editorRef, getCallTime, codes } = options;
  const [pendingNote, setPendingNote] = useState<{ id: string; label: string } | null>(null);

  const createTag = useCallback(
    (code: WorkspaceCode, extra: Partial<StoredTag> = {}) => {
      if (!myTagsDoc) return false;
      const editor = editorRef.current;
      const selection = editor?.state.selection;
      let anchor: StoredTag["anchor"] = { kind: "time", atMs: Math.round(getCallTime()) };
      if (editor && selection && !selection.empty && transcriptDoc && !extra.anchor) {
        const span = anchorRange(transcriptDoc.getXmlFragment(TRANSCRIPT_FIELD), editor.state.doc, selection.from, selection.to);
        if (span) anchor = { kind: "span", ...span, quote: editor.state.doc.textBetween(selection.from, selection.to, " ").slice(0, 500) };
      }
      const tag: StoredTag = {
        id: newTagId(),
        code: code.key,
        step: code.step,
        polarity: code.polarity,
        note: "",
        createdAt: Date.now(),
        anchor,
        ...extra,
      };
      addTag(myTagsDoc, tag);
      if (!extra.note) setPendingNote({ id: tag.id, label: code.label });
      return true;
    },
    [myTagsDoc, transcriptDoc, editorRef, getCallTime],
  );

  const finishNote = useCallback(
    (note: string | null) => {
      if (pendingNote && note && myTagsDoc) updateTagNote(myTagsDoc, pendingNote.id, note);
      setPendingNote(null);
    },
    [pendingNote, myTagsDoc],
  );

  /**
   * The interviewer took the buddy's nudge: that is a course correction. Its id
   * comes from the nudge, so two of this person's browsers taking it at once
   * write the same entry and one tag remains.
   */
  const takeNudge = useCallback(
    (nudge: Nudge) => {
      const code = codes.find((c) => c.key === "course-correction");
      const id = `nudge-${nudge.id}`;
      if (!code || !myTagsDoc || getTagMap(myTagsDoc).has(id)) return;
      createTag(code, { id, note: `Nudge from ${nudge.fromName}: ${nudge.text}`, nudgeId: nudge.id, anchor: { kind: "time", atMs: Math.round(getCallTime()) } });
    },
    [codes, createTag, getCallTime, myTagsDoc],
  );

  /** Deletes one of my tags and returns it as it was, so it can be put back (Undo). */
  const removeTag = useCallback(
    (id: string): StoredTag | null => {
      if (!myTagsDoc) return null;
      const removed = getTagMap(myTagsDoc).get(id) ?? null;
      deleteTag(myTagsDoc, id);
      return removed;
    },
    [myTagsDoc],
  );
  const restoreTag = useCallback((tag: StoredTag) => myTagsDoc && addTag(myTagsDoc, tag), [myTagsDoc]);
  const editTag = useCallback((id: string, patch: TagPatch) => myTagsDoc && updateTag(myTagsDoc, id, patch), [myTagsDoc]);

  return { createTag, pendingNote, finishNote, takeNudge, removeTag, restoreTag, editTag };
}
