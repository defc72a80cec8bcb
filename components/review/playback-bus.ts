import type * as Y from "yjs";

export interface PlaybackState {
  /** The user wants the transcript to scroll along with playback. */
  follow: boolean;
  /** The user is scrolling the transcript themself: following waits until they stop. */
  userScrolling: boolean;
  hasMedia: boolean;
}

const USER_SCROLL_PAUSE_MS = 4000;

/**
 * Connects the player and the transcript editor of one room without threading
 * props through the room: both find it by the room's transcript Y.Doc. Time
 * ticks go to plain listeners (the editor plugin), not React, so playback does
 * not re-render the page sixty times a second.
 */
export class PlaybackBus {
  transcriptMs: number | null = null;
  state: PlaybackState = { follow: true, userScrolling: false, hasMedia: false };
  private timeListeners = new Set<() => void>();
  private stateListeners = new Set<() => void>();
  private seekHandler: ((ms: number) => void) | null = null;
  private scrollTimer: ReturnType<typeof setTimeout> | undefined;

  onTime(listener: () => void) {
    this.timeListeners.add(listener);
    return () => void this.timeListeners.delete(listener);
  }
  subscribe = (listener: () => void) => {
    this.stateListeners.add(listener);
    return () => void this.stateListeners.delete(listener);
  };
  getState = () => this.state;

  setTime(ms: number | null) {
    if (ms === this.transcriptMs) return;
    this.transcriptMs = ms;
    this.timeListeners.forEach((listener) => listener());
  }
  setState(patch: Partial<PlaybackState>) {
    const next = { ...this.state, ...patch };
    if (Object.entries(patch).every(([key, value]) => this.state[key as keyof PlaybackState] === value)) return;
    this.state = next;
    this.stateListeners.forEach((listener) => listener());
    this.timeListeners.forEach((listener) => listener()); // the plugin re-checks follow
  }
  /** A scroll the user made: pause following until they have stopped for a few seconds. */
  userScrolled() {
    clearTimeout(this.scrollTimer);
    this.scrollTimer = setTimeout(() => this.setState({ userScrolling: false }), USER_SCROLL_PAUSE_MS);
    this.setState({ userScrolling: true });
  }
  resumeFollow() {
    clearTimeout(this.scrollTimer);
    this.setState({ follow: true, userScrolling: false });
  }

  /** Asks the player to play from a transcript time (the player applies the offset). */
  requestSeek(ms: number) {
    this.seekHandler?.(ms);
  }
  handleSeeks(handler: ((ms: number) => void) | null) {
    this.seekHandler = handler;
  }
}

const buses = new WeakMap<Y.Doc, PlaybackBus>();

export function getPlaybackBus(doc: Y.Doc): PlaybackBus {
  let bus = buses.get(doc);
  if (!bus) buses.set(doc, (bus = new PlaybackBus()));
  return bus;
}
