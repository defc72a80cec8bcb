import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { appendTalkSegment, readRecorder, readTalkSegments, setOpenTalk, setRecorder } from "../live/talk-time-doc";
import { computeTalkFigures, isTalkingTooMuch, type TalkSegment } from "./talk-time";
import { createVoiceActivity } from "./voice-activity";

const I = (startMs: number, endMs: number): TalkSegment => ({ speaker: "interviewer", startMs, endMs });
const C = (startMs: number, endMs: number): TalkSegment => ({ speaker: "customer", startMs, endMs });

describe("voice activity", () => {
  // 20 ms frames of a tone that is on for [1 s, 3 s) and [3.2 s, 4 s) over a faint noise floor.
  const frames = (isOn: (ms: number) => boolean, untilMs: number) =>
    Array.from({ length: untilMs / 20 }, (_, i) => ({ atMs: i * 20, rms: isOn(i * 20) ? 0.1 : 0.0005 + (i % 3) * 0.0001 }));

  it("finds the turn and bridges a short pause with its hangover", () => {
    const vad = createVoiceActivity();
    const segments = frames((ms) => (ms >= 1000 && ms < 3000) || (ms >= 3200 && ms < 4000), 6000)
      .map((f) => vad.push(f.rms, f.atMs))
      .filter((s) => s != null);
    expect(segments).toEqual([{ startMs: 1000, endMs: 3980 }]);
  });

  it("ignores clicks and never calls silence speech", () => {
    const vad = createVoiceActivity();
    const segments = frames((ms) => ms >= 1000 && ms < 1060, 4000).map((f) => vad.push(f.rms, f.atMs)).filter(Boolean);
    expect(segments).toEqual([]);
    const quiet = createVoiceActivity();
    expect(frames(() => false, 4000).map((f) => quiet.push(f.rms, f.atMs)).filter(Boolean)).toEqual([]);
    expect(quiet.openSince()).toBeNull();
  });

  it("closes an open turn on flush", () => {
    const vad = createVoiceActivity();
    for (const f of frames((ms) => ms >= 500, 2000)) vad.push(f.rms, f.atMs);
    expect(vad.openSince()).toBe(500);
    expect(vad.flush(2000)).toEqual({ startMs: 500, endMs: 2000 });
  });
});

describe("talk figures", () => {
  it("shares, the last five minutes, monologues and held silences", () => {
    const minute = 60_000;
    // 0–6 min: interviewer 1 min, customer 5 min. 6–9 min: the interviewer talks for 2 min, silence 4 s, customer 1 min.
    const segments = [I(0, minute), C(minute, 6 * minute), I(6 * minute, 8 * minute), C(8 * minute + 4_000, 9 * minute)];
    const figures = computeTalkFigures(segments, 9 * minute);
    expect(figures.share).toBeCloseTo(3 / 9 + (4_000 / 9 / minute) * (3 / 9), 2);
    // last 5 min = 4–9 min: customer 2 min + 56 s, interviewer 2 min
    expect(figures.recentShare).toBeCloseTo(120 / (120 + 120 + 56), 3);
    expect(figures.longestMonologueMs).toBe(2 * minute);
    expect(figures.monologueMs).toBe(0);
    expect(figures.silencesHeld).toBe(1);
    expect(isTalkingTooMuch(figures)).toBe(true);
    expect(isTalkingTooMuch(figures, 0.5)).toBe(false);
  });

  it("a customer's mm-hm does not end a monologue; a real answer does", () => {
    expect(computeTalkFigures([I(0, 10_000), C(10_200, 10_600), I(10_700, 30_000)], 30_000).monologueMs).toBe(30_000);
    expect(computeTalkFigures([I(0, 10_000), C(10_200, 14_000), I(14_100, 30_000)], 30_000).monologueMs).toBe(15_900);
  });

  it("has no share before anyone spoke, and no nudge on a few seconds of talk", () => {
    expect(computeTalkFigures([], 1000).share).toBeNull();
    expect(isTalkingTooMuch(computeTalkFigures([I(0, 10_000)], 10_000))).toBe(false);
    expect(isTalkingTooMuch(computeTalkFigures([I(0, 20_000)], 20_000))).toBe(true);
  });
});

describe("talk time in the live document", () => {
  it("round-trips closed and open turns, and caps a departed recorder's open turn", () => {
    const doc = new Y.Doc();
    appendTalkSegment(doc, I(0, 1000));
    setOpenTalk(doc, { interviewer: null, customer: 1500 }, 3000);
    expect(readTalkSegments(doc, 3500)).toEqual([I(0, 1000), C(1500, 3500)]);
    expect(readTalkSegments(doc, 60_000)).toEqual([I(0, 1000), C(1500, 5000)]);
    appendTalkSegment(doc, C(1500, 3200));
    expect(readTalkSegments(doc, 60_000)).toEqual([I(0, 1000), C(1500, 3200)]);
  });
});

describe("who is recording", () => {
  it("names the recorder while it reports, and nobody once it stopped or went quiet", () => {
    const doc = new Y.Doc();
    expect(readRecorder(doc, 0)).toBeNull();
    setRecorder(doc, "Alice");
    setOpenTalk(doc, { interviewer: null, customer: null }, 5_000);
    expect(readRecorder(doc, 6_000)).toBe("Alice");
    expect(readRecorder(doc, 16_000)).toBeNull(); // her tab closed: no report for 10 s
    setRecorder(doc, null);
    expect(readRecorder(doc, 6_000)).toBeNull();
  });
});
