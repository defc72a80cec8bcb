import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readRecorder, readTalkSegments } from "./talk-time-doc";
import { trackTalk } from "./track-talk";

describe("trackTalk", () => {
  it("writes each channel's turns to the live document and names the recorder until it stops", () => {
    const doc = new Y.Doc();
    const talk = trackTalk({ doc, recorderName: "Alice", startCallMs: 60_000, hasCallChannel: true });
    // 20 ms frames: the interviewer speaks 60–62 s, the customer 62.5–64 s and is still speaking at 64 s.
    for (let at = 60_000; at < 64_000; at += 20) talk.push(at, at < 62_000 ? 0.1 : 0.0005, at >= 62_500 ? 0.1 : 0.0005);
    expect(readRecorder(doc, 64_000)).toBe("Alice");
    expect(readTalkSegments(doc, 64_000)).toEqual([
      { speaker: "interviewer", startMs: 60_000, endMs: 61_980 },
      { speaker: "customer", startMs: 62_500, endMs: 64_000 },
    ]);
    talk.stop(64_000);
    expect(readRecorder(doc, 64_000)).toBeNull();
    expect(readTalkSegments(doc, 64_000).at(-1)).toEqual({ speaker: "customer", startMs: 62_500, endMs: 64_000 });
  });

  it("counts no customer talk without a call channel", () => {
    const doc = new Y.Doc();
    const talk = trackTalk({ doc, recorderName: "Alice", startCallMs: 0, hasCallChannel: false });
    for (let at = 0; at < 3_000; at += 20) talk.push(at, 0.1, 0.1);
    talk.stop(3_000);
    expect(readTalkSegments(doc).map((s) => s.speaker)).toEqual(["interviewer"]);
  });
});
