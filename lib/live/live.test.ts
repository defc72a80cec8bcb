import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { callTimeAt, pauseClock, readClock, startClock, stopClock } from "./call-clock";
import { getNudgeArray, markNudgeTaken, sendNudge } from "./nudges";

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
    startClock(a, 50_000); // a new call starts from zero
    expect(callTimeAt(readClock(b), 51_000)).toBe(1_000);
  });

  it("reads a damaged clock map as stopped at zero", () => {
    const doc = new Y.Doc();
    doc.getMap("clock").set("status", "exploded");
    expect(readClock(doc)).toEqual({ status: "stopped", elapsedMs: 0, runningSince: null });
  });
});

describe("nudges", () => {
  it("are sent trimmed, ignored when empty, and can be marked taken", () => {
    const doc = new Y.Doc();
    const base = { fromId: "u1", fromName: "Bo", step: 1, callMs: 61_000, sentAt: 1 };
    sendNudge(doc, { ...base, id: "n1", text: "  Open question!  " });
    sendNudge(doc, { ...base, id: "n2", text: "   " });
    expect(getNudgeArray(doc).toArray()).toEqual([{ ...base, id: "n1", text: "Open question!", takenAt: null }]);
    expect(markNudgeTaken(doc, "n1", 99)).toMatchObject({ id: "n1", takenAt: 99 });
    expect(getNudgeArray(doc).get(0).takenAt).toBe(99);
    expect(markNudgeTaken(doc, "missing", 1)).toBeNull();
  });
});
