"use client";

import { useEffect, useRef } from "react";
import type { WorkspaceCode } from "@/lib/codebook/server/list-workspace-codes";

/** Code hotkeys anywhere in the room, except while typing in a field or an editor. */
export function useTagHotkeys(codes: WorkspaceCode[], onTag: ((code: WorkspaceCode) => void) | null): void {
  const handler = useRef(onTag);
  handler.current = onTag;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!handler.current || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      const code = codes.find((c) => !c.archived && c.hotkey === event.key);
      if (!code) return;
      event.preventDefault();
      handler.current(code);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [codes]);
}
