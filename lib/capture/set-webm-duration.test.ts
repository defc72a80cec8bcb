import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { setWebmDuration, WebmError } from "./set-webm-duration";

// 2.5 s of stereo Opus recorded by Chromium's MediaRecorder (1 s timeslices), as the room records.
const recording = new Uint8Array(readFileSync(path.join(import.meta.dirname, "testing/chrome-recording.webm")));

function findDuration(bytes: Uint8Array): number | null {
  for (let i = 0; i <= bytes.length - 11; i += 1) {
    if (bytes[i] === 0x44 && bytes[i + 1] === 0x89 && bytes[i + 2] === 0x88) return new DataView(bytes.buffer, bytes.byteOffset + i + 3, 8).getFloat64(0);
  }
  return null;
}

describe("setWebmDuration", () => {
  it("writes the duration into a MediaRecorder file and leaves the clusters as they were", () => {
    expect(findDuration(recording.subarray(0, 400))).toBeNull();
    const { replacement, replaces } = setWebmDuration(recording.subarray(0, 64 * 1024), 2500);
    expect(replacement.length).toBe(replaces + 11);
    expect(findDuration(replacement)).toBe(2500);
    const patched = new Uint8Array([...replacement, ...recording.subarray(replaces)]);
    expect(Buffer.from(patched.subarray(replacement.length)).equals(Buffer.from(recording.subarray(replaces)))).toBe(true);
    // Patching again replaces the value rather than adding a second one.
    const again = setWebmDuration(patched.subarray(0, 64 * 1024), 3000);
    expect(again.replacement.length).toBe(replacement.length);
    expect(findDuration(again.replacement)).toBe(3000);
  });

  it("refuses what is not WebM, or is cut before its Info", () => {
    expect(() => setWebmDuration(new TextEncoder().encode("RIFF....WAVEfmt "), 1000)).toThrow(WebmError);
    expect(() => setWebmDuration(recording.subarray(0, 60), 1000)).toThrow(/cut short|bad|id/);
  });
});
