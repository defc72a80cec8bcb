"use client";

import { useEffect, type RefObject } from "react";
import type { PlaybackBus } from "./playback-bus";

/**
 * Feeds the media element's position, on the transcript clock (media time +
 * offset), to the bus: on every frame while playing, so the highlight moves
 * as the words are spoken, and on seeks while paused. Seeks asked for by the
 * transcript go the other way.
 */
export function useMediaSync(media: RefObject<HTMLMediaElement | null>, bus: PlaybackBus, offsetMs: number, source: string) {
  useEffect(() => {
    const element = media.current;
    if (!element) return;
    let frame = 0;
    const publish = () => bus.setTime(Math.round(element.currentTime * 1000) + offsetMs);
    const tick = () => {
      publish();
      frame = element.paused ? 0 : requestAnimationFrame(tick);
    };
    const onPlay = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(tick);
    };
    const events = ["timeupdate", "seeked", "loadedmetadata"] as const;
    events.forEach((name) => element.addEventListener(name, publish));
    element.addEventListener("play", onPlay);
    bus.handleSeeks((ms) => {
      element.currentTime = Math.max(0, (ms - offsetMs) / 1000);
      bus.resumeFollow(); // jumping to a moment means "show me that moment"
      publish();
    });
    bus.setState({ hasMedia: true });
    if (!element.paused) onPlay();
    publish();
    return () => {
      cancelAnimationFrame(frame);
      events.forEach((name) => element.removeEventListener(name, publish));
      element.removeEventListener("play", onPlay);
      bus.handleSeeks(null);
      bus.setState({ hasMedia: false });
      bus.setTime(null);
    };
  }, [media, bus, offsetMs, source]);
}

const IGNORE_KEYS_IN = 'input, textarea, select, button, a[href], audio, video, [contenteditable="true"], [role="dialog"], dialog';

/** Space plays/pauses, arrows skip 5 s, but never while the user is typing or using another control. */
export function usePlayerKeys(media: RefObject<HTMLMediaElement | null>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const element = media.current;
      if (!element || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest?.(IGNORE_KEYS_IN) || document.querySelector("dialog[open]")) return;
      if (event.key === " ") {
        if (element.paused) void element.play().catch(() => undefined);
        else element.pause();
      } else if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
        const delta = event.key === "ArrowLeft" ? -5 : 5;
        element.currentTime = Math.min(Math.max(0, element.currentTime + delta), element.duration || Infinity);
      } else return;
      event.preventDefault(); // no page scroll
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [media]);
}
