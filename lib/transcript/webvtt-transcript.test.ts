// WebVTT features as they reach utterances: settings never leak into text,
// blocks that are not cues are skipped, ids are not text, voices are speakers.
import { describe, expect, it } from "vitest";
import { parseOk, turns } from "./test-helpers";

describe("WebVTT → utterances", () => {
  it("cue settings never appear in the text, even odd or unknown ones", () => {
    const vtt = "WEBVTT\n\n00:00.000 --> 00:01.000 align:start line:0 vertical:rl bogus:1 region:nowhere\nHello\n";
    expect(parseOk(vtt).utterances[0].text).toBe("Hello");
  });

  it("NOTE, STYLE and REGION blocks and cue ids are not text", () => {
    const vtt = [
      "WEBVTT - with a header", "Kind: captions", "",
      "STYLE", "::cue { color: red }", "",
      "REGION", "id:r1 width:40%", "",
      "NOTE", "a multi-line", "comment", "",
      "cue-1", "00:00:01.000 --> 00:00:02.000 region:r1", "<v Ana>Hi</v>", "",
      "NOTE after the cue", "",
      "cue-2", "00:00:02.000 --> 00:00:03.000", "<v Ana>again</v>", "",
    ].join("\n");
    expect(turns(parseOk(vtt))).toEqual([["Ana", 1000, 3000, "Hi again"]]);
  });

  it("hour-less timestamps, CR-only line ends and NUL bytes", () => {
    const vtt = "WEBVTT\r\r01:02.500 --> 01:04.000\rsay\0 what\r";
    expect(turns(parseOk(vtt))).toEqual([["Unknown speaker", 62_500, 64_000, "say\ufffd what"]]);
  });

  it("voice spans with classes, unclosed </v>, several voices in one cue", () => {
    const vtt = "WEBVTT\n\n00:00.000 --> 00:04.000\n<v.loud Ana>Hi Sam,</v> <v Sam>hey!\n";
    // The cue's 4 s are shared by text length: "Hi Sam," (7) vs "hey!" (4).
    expect(turns(parseOk(vtt))).toEqual([["Ana", 0, 2545, "Hi Sam,"], ["Sam", 2545, 4000, "hey!"]]);
  });

  it("markup is stripped and entities decoded; ruby readings and timestamps dropped", () => {
    const vtt = "WEBVTT\n\n00:00.000 --> 00:04.000\n<c.x>a &lt;b&gt;</c> <b>bold</b> <ruby>漢<rt>kan</rt></ruby> <00:00:01.000>tick &amp; done\n";
    expect(parseOk(vtt).utterances[0].text).toBe("a <b> bold 漢 tick & done");
  });

  it("a plain caption that says 'Note: ...' once is not a speaker", () => {
    const vtt = "WEBVTT\n\n00:00.000 --> 00:01.000\nNote: the mic was off\n\n00:01.000 --> 00:02.000\nand then\n\n00:02.000 --> 00:03.000\nit worked\n";
    const r = parseOk(vtt);
    expect(r.format).toBe("vtt");
    expect(r.utterances[0]).toMatchObject({ speaker: "Unknown speaker", text: "Note: the mic was off" });
    expect(r.utterances).toHaveLength(3); // unknown speakers never merge
  });

  it("Zoom: times, URLs and ratios are not speaker labels", () => {
    const vtt = "WEBVTT\n\n00:00.000 --> 00:01.000\nAna: see https://x.test at 10:30\n\n00:01.000 --> 00:02.000\nSam: 3:1 odds\n";
    expect(turns(parseOk(vtt))).toEqual([["Ana", 0, 1000, "see https://x.test at 10:30"], ["Sam", 1000, 2000, "3:1 odds"]]);
  });

  it("sloppy timings are read leniently outside Teams, with one warning", () => {
    const vtt = "WEBVTT\n\n0:0:1.5 --> 0:0:2,25\nAna: hi\n\n00:00:03 --> 00:00:04\nAna: there\n";
    const r = parseOk(vtt);
    expect(turns(r)).toEqual([["Ana", 1500, 4000, "hi there"]]);
    expect(r.warnings).toEqual([{ line: 3, message: 'line 3: 2 timing line(s) are not strict WebVTT (e.g. "0:0:1.5" or a comma); they were read leniently' }]);
  });

  it("Google Meet caption VTT ('Name: text' cues) is read like Zoom's", () => {
    const vtt = "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nPriya Shah: Can you hear me?\n\n00:00:02.000 --> 00:00:03.000\nTom: Yes.\n";
    expect(parseOk(vtt).speakers).toEqual(["Priya Shah", "Tom"]);
  });
});

describe("pathological markup", () => {
  it("100,000 unclosed tags (deeper than the stack) still yield the words", () => {
    const vtt = `WEBVTT\n\n00:00.000 --> 00:01.000\n${"<b>".repeat(100_000)}still here\n`;
    expect(parseOk(vtt).utterances[0].text).toBe("still here");
  });
});
