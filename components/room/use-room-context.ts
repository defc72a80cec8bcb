"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { RoomContext } from "@/lib/interviews/server/get-room-context";

/** Several connections tell of one change at once: one fetch for them all. */
const COALESCE_MS = 50;

/**
 * The room's server state for this person (capabilities, roles, blind mode,
 * reveal, codebook), refetched whenever the server says it changed.
 * `version` counts refetches, so parts with their own server data (the
 * recording) fetch again too.
 */
export function useRoomContext(initial: RoomContext) {
  const [state, setState] = useState({ context: initial, version: 0 });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const interviewId = initial.interview.id;

  const fetchNow = useCallback(async () => {
    const response = await fetch(`/api/interviews/${interviewId}/room`, { cache: "no-store" }).catch(() => null);
    if (response?.ok) {
      const context = (await response.json()) as RoomContext;
      setState((previous) => ({ context, version: previous.version + 1 }));
    } else if (response && (response.status === 404 || response.status === 401)) {
      // Removed from the workspace, interview deleted, signed out: nothing more to show here.
      setState((previous) => ({ ...previous, version: previous.version + 1 }));
    }
  }, [interviewId]);

  const reload = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void fetchNow(), COALESCE_MS);
  }, [fetchNow]);
  useEffect(() => () => clearTimeout(timer.current), []);

  return { ...state, reload };
}
