"use client";

import type { Editor } from "@tiptap/react";
import { useEffect, useRef, type RefObject } from "react";
import type * as Y from "yjs";
import { getPlaybackBus } from "@/components/review/playback-bus";

const MAX_WAIT_MS = 10_000;

/**
 * Opens the room at a moment from a link (`?t=<ms>&u=<block index>`, as the report builds them):
 * once the transcript has synced, scrolls utterance `u` into view with the caret in it, and asks
 * the player to seek to `t` as soon as a recording is loaded. Runs once per page load.
 */
export function useMomentLink(doc: Y.Doc | null, isSynced: boolean, editorRef: RefObject<Editor | null>) {
  // What is already done survives re-renders and reconnects: the link applies once, not on every sync.
  const done = useRef({ scrolled: false, seeked: false });
  useEffect(() => {
    if (!doc || !isSynced) return;
    const params = new URLSearchParams(window.location.search);
    const block = done.current.scrolled ? null : parseIndex(params.get("u"));
    const atMs = done.current.seeked ? null : parseIndex(params.get("t"));
    if (block === null && atMs === null) return;
    const startedAt = Date.now();
    let frame = 0;
    const scroll = () => {
      const editor = editorRef.current;
      let position: number | null = null;
      editor?.state.doc.forEach((_node, offset, index) => void (index === block && (position = offset)));
      const element = editor && position !== null ? editor.view.nodeDOM(position) : null;
      if (editor && position !== null && element instanceof HTMLElement) {
        editor.commands.setTextSelection(position + 1);
        element.scrollIntoView({ block: "center" });
        done.current.scrolled = true;
      } else if (Date.now() - startedAt < MAX_WAIT_MS) {
        frame = requestAnimationFrame(scroll);
      }
    };
    if (block !== null) scroll();
    const bus = getPlaybackBus(doc);
    const seek = () => {
      if (atMs === null || !bus.state.hasMedia) return;
      bus.requestSeek(atMs);
      done.current.seeked = true;
      unsubscribe();
    };
    const unsubscribe = bus.subscribe(seek);
    seek();
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe();
    };
  }, [doc, isSynced, editorRef]);
}

function parseIndex(value: string | null): number | null {
  if (value === null || !/^\d{1,10}$/.test(value)) return null;
  return Number(value);
}
