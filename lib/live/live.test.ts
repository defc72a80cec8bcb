import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { callTimeAt, pauseClock, readClock, resetClock, startClock, stopClock } from "./call-clock";
import { getNudgeArray, handleNudge, listOpenNudges, NUDGE_FRESH_MS, sendNudge } from "./nudges";

describe("call clock", () => {
  it("runs, pauses, resumes and stops, and every replica reads the same time", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.on("update", (u: Uint8Array) => Y.applyUpdate(b, u));
    expect(callTimeAt(readClock(a), 5_000)).toBe(0);
    startClock(a, 10_000);
    expect(callTimeAt(readClock(b), 15_000)).toBe(5_000);
    pauseClock(a, 20_000);
    expect(callTimeAt(readClock(b), 99_000)).toBe(10_000);
    startClock(a, 30_000);
    expect(callTimeAt(readClock(b), 32_500)).toBe(12_500);
    stopClock(a, 40_000);
    expect(readClock(b)).toEqual({ status: "stopped", elapsedMs: 20_000, runningSince: null });
    startClock(a, 50_000); // Start after Stop resumes: later live tags keep counting from 0:20
    expect(callTimeAt(readClock(b), 51_000)).toBe(21_000);
    stopClock(a, 52_000);
    resetClock(a); // only an explicit reset goes back to zero
    expect(readClock(b)).toEqual({ status: "stopped", elapsedMs: 0, runningSince: null });
    startClock(a, 60_000);
    expect(callTimeAt(readClock(b), 61_000)).toBe(1_000);
  });

  it("reads a damaged clock map as stopped at zero", () => {
    const doc = new Y.Doc();
    doc.getMap("clock").set("status", "exploded");
    expect(readClock(doc)).toEqual({ status: "stopped", elapsedMs: 0, runningSince: null });
  });
});

describe("nudges", () => {
  const base = { fromId: "u1", fromName: "Bo", step: 1, callMs: 61_000, sentAt: 1_000 };

  it("are sent trimmed and ignored when empty", () => {
    const doc = new Y.Doc();
    sendNudge(doc, { ...base, id: "n1", text: "  Open question!  " });
    sendNudge(doc, { ...base, id: "n2", text: "   " });
    expect(getNudgeArray(doc).toArray()).toEqual([{ ...base, id: "n1", text: "Open question!", takenAt: null }]);
  });

  it("are handled once: a second take (or a dismiss after it) reports that it was no longer open", () => {
    const doc = new Y.Doc();
    sendNudge(doc, { ...base, id: "n1", text: "Let them talk" });
    expect(handleNudge(doc, { id: "n1", how: "taken", now: 2_000 })).toMatchObject({ wasOpen: true, nudge: { id: "n1" } });
    expect(handleNudge(doc, { id: "n1", how: "taken", now: 2_001 })?.wasOpen).toBe(false);
    expect(handleNudge(doc, { id: "n1", how: "dismissed", now: 2_002 })?.wasOpen).toBe(false);
    expect(handleNudge(doc, { id: "missing", how: "taken", now: 1 })).toBeNull();
    expect(listOpenNudges(doc, 3_000)).toEqual([]);
  });

  it("handled in one browser stay handled in another, also when both handle it at once", () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    sendNudge(a, { ...base, id: "n1", text: "Open question!" });
    sendNudge(a, { ...base, id: "n2", text: "Dig deeper here" });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    handleNudge(a, { id: "n1", how: "taken", now: 2_000 });
    handleNudge(b, { id: "n1", how: "dismissed", now: 2_000 });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    for (const doc of [a, b]) expect(listOpenNudges(doc, 3_000).map((n) => n.id)).toEqual(["n2"]);
  });

  it("older than the freshness window are history when a room opens, not news", () => {
    const doc = new Y.Doc();
    sendNudge(doc, { ...base, id: "n1", text: "Open question!" });
    expect(listOpenNudges(doc, base.sentAt + NUDGE_FRESH_MS - 1)).toHaveLength(1);
    expect(listOpenNudges(doc, base.sentAt + NUDGE_FRESH_MS)).toHaveLength(0);
  });

  it("taken by an older version (takenAt set on the nudge) count as handled", () => {
    const doc = new Y.Doc();
    getNudgeArray(doc).push([{ ...base, id: "old", text: "x", takenAt: 5 }]);
    expect(listOpenNudges(doc, 2_000)).toEqual([]);
    expect(handleNudge(doc, { id: "old", how: "taken", now: 6 })?.wasOpen).toBe(false);
  });
});
