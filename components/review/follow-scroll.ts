import type { PlaybackBus } from "./playback-bus";

/**
 * Keeps the playing utterance in view inside the transcript's scroll box, and
 * tells scrolls the user makes (wheel, touch, keys, scrollbar) from our own,
 * so following pauses while they read elsewhere.
 */
export function followActiveBlock(container: HTMLElement, bus: PlaybackBus) {
  let ownScrollUntil = 0;
  const onUserIntent = () => bus.userScrolled();
  const onScroll = () => {
    if (performance.now() > ownScrollUntil) bus.userScrolled();
  };
  const onScrollEnd = () => {
    ownScrollUntil = 0;
  };
  container.addEventListener("wheel", onUserIntent, { passive: true });
  container.addEventListener("touchmove", onUserIntent, { passive: true });
  container.addEventListener("scroll", onScroll, { passive: true });
  container.addEventListener("scrollend", onScrollEnd);
  let lastRevealed: HTMLElement | null = null;

  return {
    reveal(element: HTMLElement | null) {
      if (!element || !bus.state.follow || bus.state.userScrolling) return;
      const top = element.offsetTop;
      const bottom = top + element.offsetHeight;
      const view = { top: container.scrollTop, bottom: container.scrollTop + container.clientHeight };
      const margin = Math.min(48, container.clientHeight / 6);
      if (top >= view.top + margin && bottom <= view.bottom - margin && element === lastRevealed) return;
      lastRevealed = element;
      if (top >= view.top + margin && bottom <= view.bottom - margin) return;
      // Some scroll events of a smooth scroll arrive after `scrollend` fallbacks; 1.5 s covers the longest.
      ownScrollUntil = performance.now() + 1500;
      container.scrollTo({ top: Math.max(0, top - container.clientHeight / 4), behavior: "smooth" });
    },
    destroy() {
      container.removeEventListener("wheel", onUserIntent);
      container.removeEventListener("touchmove", onUserIntent);
      container.removeEventListener("scroll", onScroll);
      container.removeEventListener("scrollend", onScrollEnd);
    },
  };
}
