import { describe, expect, it } from "vitest";
import { formatBytes, getMaxRecordingBytes } from "./max-recording-bytes";
import { makeWav } from "./make-wav";
import { sniffMediaType } from "./sniff-media-type";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("sniffMediaType", () => {
  it("recognises audio and video from their first bytes", async () => {
    expect(await sniffMediaType(makeWav({ seconds: 0.1 }))).toEqual({ ok: true, mimeType: "audio/wav", ext: "wav" });
    // ID3v2 header: an MP3 even when its tag runs past the sniffed bytes
    expect(await sniffMediaType(new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0x10, 0, ...new Array(64).fill(0)]))).toMatchObject({ ok: true, mimeType: "audio/mpeg" });
    // EBML header with doctype webm
    const webm = [0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 1, 0x42, 0xf7, 0x81, 1, 0x42, 0xf2, 0x81, 4, 0x42, 0xf3, 0x81, 8, 0x42, 0x82, 0x84, ...bytes("webm"), 0x42, 0x87, 0x81, 4, 0x42, 0x85, 0x81, 2];
    expect(await sniffMediaType(new Uint8Array([...webm, ...new Array(64).fill(0)]))).toMatchObject({ ok: true, mimeType: "video/webm" });
  });

  it("refuses other types, naming what it found, and text it cannot recognise", async () => {
    expect(await sniffMediaType(bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"))).toEqual({ ok: false, detected: "application/pdf" });
    // a transcript dropped on the recording slot by mistake
    expect(await sniffMediaType(bytes("WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n"))).toEqual({ ok: false, detected: "text/vtt" });
    expect(await sniffMediaType(bytes("Alice: hello there\nBob: hi\n"))).toEqual({ ok: false, detected: null });
    expect(await sniffMediaType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]))).toMatchObject({ ok: false, detected: "image/png" });
    expect(await sniffMediaType(new Uint8Array())).toEqual({ ok: false, detected: null });
  });
});

describe("getMaxRecordingBytes", () => {
  it("defaults to 2 GiB and reads MAX_RECORDING_BYTES", () => {
    expect(getMaxRecordingBytes({})).toBe(2 * 1024 ** 3);
    expect(getMaxRecordingBytes({ MAX_RECORDING_BYTES: " 1048576 " })).toBe(1048576);
  });
  it("refuses a value that is not whole bytes", () => {
    for (const bad of ["2GB", "-1", "0", "1.5", "99999999999999999999"]) {
      expect(() => getMaxRecordingBytes({ MAX_RECORDING_BYTES: bad })).toThrow(/MAX_RECORDING_BYTES/);
    }
  });
  it("formats sizes for messages", () => {
    expect(formatBytes(2 * 1024 ** 3)).toBe("2 GB");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(12)).toBe("12 bytes");
  });
});
