/**
 * "Who may read or write what has changed": published by every mutation that
 * can change access, after its transaction commits, and heard by the sync
 * server, which re-decides its open connections and tells open rooms to
 * refetch their context. In process through one bus on globalThis (Next's
 * bundled route code and the sync server are separate module graphs in one
 * process); across nodes the sync server relays it through Redis.
 */
export type AccessEvent =
  /** Anything about one interview that can change capabilities or what its room shows. */
  | { type: "interview-changed"; interviewId: string }
  /** One browser session signed out: its sockets close, its sync tokens stop working. */
  | { type: "session-ended"; userId: string; sessionId: string }
  /** Events may have been missed (a node lost Redis for a while): decide everything again. */
  | { type: "all-changed" };

export type AccessEventListener = (event: AccessEvent, meta: { isRemote: boolean }) => void;

/** Listeners of access events. One per process (below); a sync server may be given its own in tests. */
export class AccessEventBus {
  private readonly listeners = new Set<AccessEventListener>();

  /** Tells every listener; `isRemote`: it came from another node (and is not relayed again). */
  publish(event: AccessEvent, meta: { isRemote: boolean } = { isRemote: false }): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event, meta);
      } catch (error) {
        // One broken listener must not keep the event from the others (or fail the mutation that published it).
        console.error("access event listener failed", error);
      }
    }
  }

  /** Returns the function that stops listening. */
  subscribe(listener: AccessEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

const KEY = Symbol.for("secondear.access-events");
type Holder = { [KEY]?: AccessEventBus };

/** This process's bus, shared by Next's bundled code and the sync server through globalThis. */
export function getAccessEvents(): AccessEventBus {
  const holder = globalThis as Holder;
  holder[KEY] ??= new AccessEventBus();
  return holder[KEY];
}

export function publishAccessEvent(event: AccessEvent): void {
  getAccessEvents().publish(event);
}

export function publishInterviewChanged(interviewId: string): void {
  publishAccessEvent({ type: "interview-changed", interviewId });
}

export function subscribeAccessEvents(listener: AccessEventListener): () => void {
  return getAccessEvents().subscribe(listener);
}
