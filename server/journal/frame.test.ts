import { describe, expect, it } from "vitest";
import { decodeFrames, encodeFrame } from "./frame";

const update = (...bytes: number[]) => new Uint8Array(bytes);

describe("journal frames", () => {
  it("read back whole, in order, with their document names", () => {
    const buffer = Buffer.concat([encodeFrame("interview:a:transcript", update(1, 2, 3)), encodeFrame("ünïcode", update()), encodeFrame("b", update(9))]);
    const decoded = decodeFrames(buffer);
    expect(decoded.dropped).toBeUndefined();
    expect(decoded.validBytes).toBe(buffer.length);
    expect(decoded.frames).toEqual([
      { name: "interview:a:transcript", update: update(1, 2, 3) },
      { name: "ünïcode", update: update() },
      { name: "b", update: update(9) },
    ]);
  });

  it("a frame cut off anywhere (a crash mid-write) is dropped with where it began; the ones before it are kept", () => {
    const first = encodeFrame("doc", update(1, 2, 3, 4));
    const second = encodeFrame("doc", update(5, 6, 7, 8));
    for (let cut = 1; cut < second.length; cut++) {
      const decoded = decodeFrames(Buffer.concat([first, second.subarray(0, cut)]));
      expect(decoded.frames, `cut at ${cut}`).toEqual([{ name: "doc", update: update(1, 2, 3, 4) }]);
      expect(decoded.dropped).toMatchObject({ offset: first.length, bytes: cut });
      expect(decoded.dropped?.reason).toMatch(cut < 8 ? "truncated header" : "truncated frame");
    }
  });

  it("a changed byte fails the checksum: that frame and everything after it are not trusted", () => {
    const frames = [encodeFrame("doc", update(1)), encodeFrame("doc", update(2, 2)), encodeFrame("doc", update(3))];
    const corrupt = Buffer.concat(frames);
    corrupt[frames[0].length + 10] ^= 0xff; // inside the second frame's update
    const decoded = decodeFrames(corrupt);
    expect(decoded.frames).toEqual([{ name: "doc", update: update(1) }]);
    expect(decoded.dropped).toEqual({ offset: frames[0].length, bytes: corrupt.length - frames[0].length, reason: "checksum mismatch" });
  });
});
