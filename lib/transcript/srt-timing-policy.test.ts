// SRT parsing and the timing policy for borderline timings (README.md).
import { describe, expect, it } from "vitest";
import { parseOk, turns } from "./test-helpers";

const cue = (n: number | null, timing: string, text: string) => `${n === null ? "" : `${n}\n`}${timing}\n${text}\n`;

describe("SRT shapes", () => {
  it("comma or dot before the milliseconds, mixed in one file", () => {
    const srt = [cue(1, "00:00:01,250 --> 00:00:02,500", "one"), cue(2, "00:00:03.000 --> 00:00:04.125", "two")].join("\n");
    expect(parseOk(srt, "srt").utterances.map((u) => [u.startMs, u.endMs])).toEqual([[1250, 2500], [3000, 4125]]);
  });

  it("missing index lines and missing blank lines between cues", () => {
    const srt = "00:00:01,000 --> 00:00:02,000\nfirst\n2\n00:00:02,000 --> 00:00:03,000\nsecond\n00:00:03,000 --> 00:00:04,000\nthird\n";
    expect(parseOk(srt).utterances.map((u) => u.text)).toEqual(["first", "second", "third"]);
  });

  it("a caption that is just a number stays text when no timing follows", () => {
    const srt = cue(1, "00:00:01,000 --> 00:00:02,000", "42") + "\n" + cue(2, "00:00:03,000 --> 00:00:04,000", "answers");
    expect(parseOk(srt).utterances.map((u) => u.text)).toEqual(["42", "answers"]);
  });

  it("bare CR line endings", () => {
    const srt = "1\r00:00:01,000 --> 00:00:02,000\rhello\r\r2\r00:00:02,000 --> 00:00:03,000\rworld\r";
    expect(parseOk(srt).utterances.map((u) => u.text)).toEqual(["hello", "world"]);
  });

  it("coordinates after the end time and formatting tags are dropped, words kept", () => {
    const srt = cue(1, "00:00:01,000 --> 00:00:02,000 X1:10 X2:20 Y1:5 Y2:9", '{\\an8}<font color="#ff0">Hi</font> <i>there</i>');
    expect(parseOk(srt).utterances[0].text).toBe("Hi there");
  });

  it(">> NAME: markers set speakers; a bare >> starts a new unnamed turn", () => {
    const srt = [
      cue(1, "00:00:01,000 --> 00:00:02,000", ">> ANA: Hi."),
      cue(2, "00:00:02,000 --> 00:00:03,000", ">> Hello."),
      cue(3, "00:00:03,000 --> 00:00:04,000", "Go on."),
      cue(4, "00:00:04,000 --> 00:00:05,000", ">> ANA: Thanks."),
    ].join("\n");
    expect(turns(parseOk(srt))).toEqual([
      ["ANA", 1000, 2000, "Hi."],
      ["Unknown speaker", 2000, 4000, "Hello. Go on."],
      ["ANA", 4000, 5000, "Thanks."],
    ]);
  });
});

describe("timing policy for borderline timings", () => {
  it("an end before its start keeps the words and sets end = start, with a warning naming the line", () => {
    const r = parseOk(cue(1, "00:00:05,000 --> 00:00:04,000", "backwards"));
    expect(turns(r)).toEqual([["Unknown speaker", 5000, 5000, "backwards"]]);
    expect(r.warnings).toEqual([{ line: 2, message: "line 2: the end time is before the start time; the end was set to the start" }]);
  });

  it("zero-length cues are kept", () => {
    expect(turns(parseOk(cue(1, "00:00:05,000 --> 00:00:05,000", "blip")))).toEqual([["Unknown speaker", 5000, 5000, "blip"]]);
  });

  it("out-of-order cues are sorted by start (stable), with one warning", () => {
    const srt = [cue(1, "00:00:09,000 --> 00:00:10,000", "late"), cue(2, "00:00:01,000 --> 00:00:02,000", "early"), cue(3, "00:00:01,000 --> 00:00:03,000", "early too")].join("\n");
    const r = parseOk(srt);
    expect(r.utterances.map((u) => u.text)).toEqual(["early", "early too", "late"]);
    expect(r.warnings).toEqual([{ line: 6, message: "line 6: cues are not in time order; they were sorted by start time" }]);
  });

  it("overlapping cues are kept as they are", () => {
    const srt = [cue(1, "00:00:01,000 --> 00:00:05,000", ">> ANA: long"), cue(2, "00:00:03,000 --> 00:00:04,000", ">> SAM: overlap")].join("\n");
    expect(turns(parseOk(srt))).toEqual([["ANA", 1000, 5000, "long"], ["SAM", 3000, 4000, "overlap"]]);
  });

  it("seconds of 60 or more make the timing unreadable: the cue is skipped with a warning", () => {
    const srt = [cue(1, "00:00:61,000 --> 00:00:62,000", "bad"), cue(2, "00:01:01,000 --> 00:01:02,000", "good")].join("\n");
    const r = parseOk(srt);
    expect(r.utterances.map((u) => u.text)).toEqual(["good"]);
    expect(r.warnings[0]).toEqual({ line: 2, message: 'line 2: unreadable timing line "00:00:61,000 --> 00:00:62,000"; this cue was skipped' });
  });

  it("minutes over 59 are accepted only without an hours field", () => {
    const r = parseOk(cue(1, "75:00,000 --> 75:02,000", "ok") + "\n" + cue(2, "01:75:00,000 --> 01:75:02,000", "not ok"));
    expect(r.utterances.map((u) => [u.startMs, u.text])).toEqual([[4_500_000, "ok"]]);
    expect(r.warnings).toHaveLength(1);
  });

  it("no fraction means .000; a short fraction is a decimal (,5 = 500 ms); extra digits round", () => {
    const r = parseOk([cue(1, "00:00:01 --> 00:00:02,5", "a"), cue(2, "00:00:03,12345 --> 00:00:04,9999", "b")].join("\n"));
    expect(r.utterances.map((u) => [u.startMs, u.endMs])).toEqual([[1000, 2500], [3123, 5000]]);
  });

  it("negative timestamps are unreadable", () => {
    const r = parseOk([cue(1, "-00:00:01,000 --> 00:00:02,000", "neg"), cue(2, "00:00:03,000 --> 00:00:04,000", "fine")].join("\n"));
    expect(r.utterances.map((u) => u.text)).toEqual(["fine"]);
  });

  it("the same policy applies to WebVTT: end before start is clamped", () => {
    const r = parseOk("WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nbackwards\n");
    expect(turns(r)).toEqual([["Unknown speaker", 5000, 5000, "backwards"]]);
    expect(r.warnings[0].line).toBe(3);
  });
});
