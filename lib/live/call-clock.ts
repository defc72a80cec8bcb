import type * as Y from "yjs";

/**
 * The shared call clock, kept in the interview's live document so everyone in
 * the room sees the same time. Stored as "elapsed before the current run" plus
 * the wall-clock moment the current run began, so no one has to tick it.
 */
export interface CallClockState {
  status: "stopped" | "running" | "paused";
  /** Milliseconds accumulated before the current run. */
  elapsedMs: number;
  /** Epoch ms when the current run started (running only). */
  runningSince: number | null;
}

const CLOCK_MAP = "clock";
const STOPPED: CallClockState = { status: "stopped", elapsedMs: 0, runningSince: null };

export function getClockMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(CLOCK_MAP);
}

export function readClock(doc: Y.Doc): CallClockState {
  const map = getClockMap(doc);
  const status = map.get("status");
  if (status !== "running" && status !== "paused" && status !== "stopped") return STOPPED;
  return {
    status,
    elapsedMs: Number(map.get("elapsedMs")) || 0,
    runningSince: typeof map.get("runningSince") === "number" ? (map.get("runningSince") as number) : null,
  };
}

/** Call time in ms at wall-clock `now`. */
export function callTimeAt(state: CallClockState, now: number): number {
  if (state.status !== "running" || state.runningSince == null) return state.elapsedMs;
  return state.elapsedMs + Math.max(0, now - state.runningSince);
}

function write(doc: Y.Doc, state: CallClockState): void {
  const map = getClockMap(doc);
  doc.transact(() => {
    map.set("status", state.status);
    map.set("elapsedMs", state.elapsedMs);
    map.set("runningSince", state.runningSince);
  });
}

/** Starts the clock, or resumes it where it paused or stopped: later live tags keep their times. */
export function startClock(doc: Y.Doc, now: number): void {
  const state = readClock(doc);
  if (state.status === "running") return;
  write(doc, { status: "running", elapsedMs: state.elapsedMs, runningSince: now });
}

export function pauseClock(doc: Y.Doc, now: number): void {
  const state = readClock(doc);
  if (state.status !== "running") return;
  write(doc, { status: "paused", elapsedMs: callTimeAt(state, now), runningSince: null });
}

/** Stops the call; the final time stays, and a later start resumes from it (see resetClock). */
export function stopClock(doc: Y.Doc, now: number): void {
  const state = readClock(doc);
  write(doc, { status: "stopped", elapsedMs: callTimeAt(state, now), runningSince: null });
}

/** Back to 0:00, stopped: only on the person's explicit choice (a new call in the same room). */
export function resetClock(doc: Y.Doc): void {
  write(doc, STOPPED);
}
