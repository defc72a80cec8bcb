import type { Extensions } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { UtteranceNode } from "./utterance-node";

/** The Yjs XML fragment that holds the transcript inside its document. */
export const TRANSCRIPT_FIELD = "transcript";

/**
 * The one extension list for transcript documents, used by the editor in the
 * browser and by the server when it writes transcripts (seed, import). The
 * collaboration extensions are added by the editor: they need a live provider.
 */
export function getTranscriptExtensions(): Extensions {
  return [
    // Yjs brings its own undo manager; ProseMirror's history would fight it.
    StarterKit.configure({ undoRedo: false }),
    UtteranceNode,
  ];
}
