"use client";

import type { Editor } from "@tiptap/react";
import { useEffect, useState } from "react";

/** Whether the editor holds no text at all, kept current as people (and remote edits) type. */
export function useIsEditorEmpty(editor: Editor | null): boolean {
  const [isEmpty, setEmpty] = useState(false);
  useEffect(() => {
    if (!editor) return;
    const update = () => setEmpty(editor.state.doc.textContent.length === 0);
    update();
    editor.on("update", update);
    editor.on("transaction", update);
    return () => {
      editor.off("update", update);
      editor.off("transaction", update);
    };
  }, [editor]);
  return isEmpty;
}
