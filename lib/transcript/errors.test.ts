// Bad input → a typed error that names the problem and the line.
import { describe, expect, it } from "vitest";
import { MAX_TRANSCRIPT_BYTES } from "./limits";
import { parseTranscript } from "./parse-transcript";
import { parseErr } from "./test-helpers";

describe("bad input", () => {
  it("empty and blank files", () => {
    expect(parseErr(new Uint8Array())).toEqual({ code: "empty", line: 1, message: "line 1: the file is empty" });
    expect(parseErr(" \n\t\r\n")).toEqual({ code: "empty", line: 1, message: "line 1: the file contains only blank space" });
    expect(parseErr(new Uint8Array([0xef, 0xbb, 0xbf])).code).toBe("empty");
  });

  it("over the 20 MB limit, for bytes and for text", () => {
    expect(MAX_TRANSCRIPT_BYTES).toBe(20 * 1024 * 1024);
    const error = parseErr(new Uint8Array(MAX_TRANSCRIPT_BYTES + 1));
    expect(error).toEqual({ code: "too-large", message: "the file is 20.0 MB; transcripts are limited to 20 MB" });
    expect(parseErr("x".repeat(MAX_TRANSCRIPT_BYTES + 1)).code).toBe("too-large");
  });

  it("binary junk, with the line of the first control character", () => {
    const junk = new Uint8Array(400).map((_, i) => (i * 7919) % 32);
    expect(parseErr(junk)).toMatchObject({ code: "binary", line: 1 });
    const late = new TextEncoder().encode("hello\nworld\n" + "\u0001\u0002\u0003".repeat(20));
    expect(parseErr(late)).toEqual({ code: "binary", line: 3, message: "line 3: the file contains binary data (control characters), not transcript text" });
  });

  it("known binary files are named", () => {
    expect(parseErr(new TextEncoder().encode("%PDF-1.7\n..."))).toMatchObject({ code: "binary", message: expect.stringContaining("a PDF document") });
    expect(parseErr(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0]))).toMatchObject({ message: expect.stringContaining(".docx") });
    expect(parseErr(new Uint8Array([0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70, 0x69]))).toMatchObject({ message: expect.stringContaining("MP4") });
  });

  it("prose that is not a transcript", () => {
    const error = parseErr("Dear team,\n\nplease find the notes attached. Thanks!\n");
    expect(error.code).toBe("not-transcript");
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/^line 1: not a recognised transcript; expected a WebVTT file/);
  });

  it("WebVTT with no cues, or only broken timings, names the line", () => {
    expect(parseErr("WEBVTT\n\nNOTE nothing here\n")).toEqual({ code: "no-cues", line: 1, message: 'line 1: the WebVTT file has no cues (no line with a "-->" timing)' });
    expect(parseErr("WEBVTT\n\n00:00:00.000 --> soon\nhi\n")).toEqual({
      code: "no-cues", line: 3,
      message: 'line 3: no usable cue; the first timing line "00:00:00.000 --> soon" is not a valid "00:00:00.000 --> 00:00:01.000" timing',
    });
  });

  it("WebVTT whose cues are all empty", () => {
    expect(parseErr("WEBVTT\n\n00:00.000 --> 00:01.000\n<b></b>\n")).toEqual({ code: "no-cues", line: 3, message: "line 3: the cues have no text" });
  });

  it("a WEBVTT signature glued to other text", () => {
    expect(parseErr("WEBVTTX\n\n00:00.000 --> 00:01.000\nhi\n")).toEqual({ code: "not-transcript", line: 1, message: 'line 1: a WebVTT file must start with "WEBVTT"' });
  });

  it("SRT with only unreadable timings", () => {
    expect(parseErr("1\n00:00:99,000 --> 00:01:00,000\nhi\n")).toEqual({ code: "no-cues", line: 2, message: 'line 2: no usable cue; expected "00:00:01,000 --> 00:00:02,000" timing lines followed by text' });
  });

  it("JSON: syntax errors give the line; wrong shape names the field", () => {
    expect(parseErr('{\n "format": "secondear",\n "version": 1,\n "utterances": [,]\n}')).toMatchObject({ code: "invalid-json", line: 4 });
    expect(parseErr('{"format":"other"}')).toEqual({ code: "invalid-json", line: 1, message: 'line 1: this JSON is not a SecondEar transcript (expected "format": "secondear")' });
    expect(parseErr('{"format":"secondear","version":2,"utterances":[]}').message).toMatch(/unsupported SecondEar transcript version 2/);
    const bad = '{"format":"secondear","version":1,"utterances":[{"speaker":"A","startMs":0,"endMs":5,"text":"x"},{"speaker":"B","startMs":-1,"endMs":5,"text":"y"}]}';
    expect(parseErr(bad)).toEqual({ code: "invalid-json", message: 'utterances[1]: "startMs" must be a whole number of milliseconds ≥ 0' });
    expect(parseErr('{"format":"secondear","version":1,"utterances":[{"speaker":"A","role":"boss","startMs":0,"endMs":5,"text":"x"}]}').message).toMatch(/"role" must be one of interviewer, customer, buddy, other/);
    expect(parseErr('{"format":"secondear","version":1,"utterances":[]}')).toEqual({ code: "no-cues", line: 1, message: "line 1: the SecondEar transcript has no utterances" });
  });

  it("an unknown format option", () => {
    const r = parseTranscript({ input: "Ana: hi", format: "docx" as never });
    expect(r).toEqual({ ok: false, error: { code: "invalid-option", message: expect.stringContaining('unknown format "docx"') } });
  });

  it("Otter format forced on text without headers", () => {
    expect(parseErr("just words\nmore words\n", "otter")).toEqual({ code: "no-cues", line: 1, message: 'line 1: no Otter.ai speaker header ("Name  0:03") followed by text' });
  });
});
