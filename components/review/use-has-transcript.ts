import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { readTranscriptText } from "@/lib/collab/transcript-content";

/** Whether the transcript document holds any text, kept current as people edit or import. */
export function useHasTranscript(doc: Y.Doc): boolean {
  const [hasTranscript, setHasTranscript] = useState(() => readTranscriptText(doc).trim().length > 0);
  useEffect(() => {
    const check = () => setHasTranscript(readTranscriptText(doc).trim().length > 0);
    check();
    doc.on("update", check);
    return () => doc.off("update", check);
  }, [doc]);
  return hasTranscript;
}
