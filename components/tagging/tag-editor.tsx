"use client";

import { useState } from "react";
import type { WorkspaceCode } from "@/lib/codebook/server/list-workspace-codes";
import type { TagPatch } from "@/lib/tags/tags-document";
import type { ViewTag } from "./use-tag-view";

/** Inline editing of one of my tags: another code, or another note. */
export function TagEditor(props: { tag: ViewTag; codes: WorkspaceCode[]; onSave: (patch: TagPatch) => void; onCancel: () => void }) {
  const [codeKey, setCodeKey] = useState(props.tag.code);
  const [note, setNote] = useState(props.tag.note);
  const choices = props.codes.filter((c) => !c.archived || c.key === props.tag.code);
  return (
    <form
      className="tag-editor"
      onSubmit={(event) => {
        event.preventDefault();
        const code = props.codes.find((c) => c.key === codeKey);
        props.onSave({ note: note.trim(), ...(code && { code: code.key, step: code.step, polarity: code.polarity }) });
      }}
    >
      <select value={codeKey} onChange={(e) => setCodeKey(e.target.value)} aria-label="Code">
        {choices.map((c) => (
          <option key={c.key} value={c.key}>{`${c.polarity} ${c.label}`}</option>
        ))}
      </select>
      <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={300} aria-label="Edit note" placeholder="Note" />
      <span className="tag-editor-actions">
        <button type="submit">Save</button>
        <button type="button" className="link-button" onClick={props.onCancel}>Cancel</button>
      </span>
    </form>
  );
}
