// One realistic file per supported format, auto-detected, checked end to end.
import { describe, expect, it } from "vitest";
import { parseTranscript } from "./parse-transcript";
import { parseOk, sample, turns } from "./test-helpers";

describe("parseTranscript: formats, auto-detected", () => {
  it("Zoom VTT: 'Name: text' cues merge per speaker, ids and numbering dropped", () => {
    const r = parseOk(sample("zoom.vtt"));
    expect(r.format).toBe("zoom");
    expect(r.speakers).toEqual(["Ana Ruiz", "Sam Lee"]);
    expect(turns(r)).toEqual([
      ["Ana Ruiz", 1020, 7250, "Thanks for making the time today. Walk me through the last time you filed an expense."],
      ["Sam Lee", 8000, 19000, "Sure. So last Tuesday I had a client dinner, and I took a photo of the receipt. Then I forgot about it for a week."],
    ]);
    expect(r.warnings).toEqual([]);
    expect(r.timing).toBe("exact");
  });

  it("Teams VTT: <v First Last> voices, 0:0:0.0 timings, CRLF, entities", () => {
    const r = parseOk(sample("teams.vtt"));
    expect(r.format).toBe("teams");
    expect(turns(r)).toEqual([
      ["Ana Ruiz", 1500, 4000, "Tell me about your week."],
      ["Sam Lee", 4500, 12000, "It was busy, mostly & customer calls. Lots of travel."],
    ]);
    expect(r.warnings).toEqual([]); // Teams' short timings are expected, not warned about
  });

  it("plain caption VTT: header metadata, STYLE/NOTE/REGION skipped, markup stripped, no speakers", () => {
    const r = parseOk(sample("captions.vtt"));
    expect(r.format).toBe("vtt");
    expect(turns(r)).toEqual([
      ["Unknown speaker", 500, 2000, "Welcome to the show."],
      ["Unknown speaker", 2000, 4000, "It has no speakers at all."],
    ]);
  });

  it("SRT: UTF-8 BOM, CRLF, >> NAME: markers, unmarked cue continues, missing index line", () => {
    const r = parseOk(sample("broadcast.srt"));
    expect(r.format).toBe("srt");
    expect(turns(r)).toEqual([
      ["ANA", 1000, 3500, "How do you track expenses today?"],
      ["SAM", 4000, 8000, "Mostly a spreadsheet. Which I hate."],
      ["ANA", 9000, 9000, "Why?"],
    ]);
    expect(r.warnings).toEqual([{ line: 13, message: "line 13: the end time is before the start time; the end was set to the start" }]);
  });

  it("Otter.ai export: 'Name  0:03' headers, hour timestamps, footer and title dropped", () => {
    const r = parseOk(sample("otter.txt"));
    expect(r.format).toBe("otter");
    expect(r.timing).toBe("start-only");
    const [a, b, c] = r.utterances;
    expect([a.speaker, a.startMs, a.endMs]).toEqual(["Ana Ruiz", 3000, 12000]);
    expect(b.text).toBe("Sure. So last Tuesday I had a client dinner. I took a photo of the receipt.");
    // The next start is an hour later: the end is capped near the speech length.
    expect(b.endMs).toBeLessThan(60_000);
    expect([c.speaker, c.startMs]).toEqual(["Ana Ruiz", 3_730_000]);
    expect(r.utterances.some((u) => /otter/i.test(u.text))).toBe(false);
    expect(r.warnings[0]).toMatchObject({ line: 1 });
  });

  it("Otter.ai: 100+ minute stamps, consecutive paragraphs by one speaker merge", () => {
    const otter = "Ana  99:58\nFirst.\n\nAna  1:40:02\nSecond.\n\nSam  105:00\nThird.\n";
    expect(turns(parseOk(otter))).toEqual([
      // "Second." ends at its start + the cap (2 × 1 s estimate + 5 s): Sam starts 5 min later.
      ["Ana", 5_998_000, 6_002_000 + 7000, "First. Second."],
      ["Sam", 6_300_000, 6_301_000, "Third."],
    ]);
  });

  it("plain 'Name: text' paste: continuation lines join, times estimated and flagged", () => {
    const r = parseOk(sample("dialogue.txt"));
    expect(r.format).toBe("text");
    expect(r.timing).toBe("estimated");
    expect(r.utterances.map((u) => [u.speaker, u.text])).toEqual([
      ["Ana", "How do you handle receipts today?"],
      ["Sam", "I keep them in a shoebox. Honestly it's a mess."],
      ["Ana", "Tell me more about the shoebox."],
    ]);
    // 6 words at 2.5 words/s = 2.4 s; each turn starts where the last ended.
    expect(r.utterances.map((u) => u.startMs)).toEqual([0, 2400, 6400]);
  });

  it("Google Meet transcript document: bare timestamp lines anchor the turns", () => {
    const r = parseOk(sample("meet.txt"));
    expect(r.format).toBe("meet");
    expect(r.speakers).toEqual(["Ana Ruiz", "Sam Lee"]);
    expect(r.utterances.map((u) => u.startMs)).toEqual([0, 150_000, 300_000, 302_000]);
    expect(r.utterances.some((u) => u.text.includes("Meeting ended"))).toBe(false);
  });

  it("SecondEar JSON: utterances and roles kept as they are", () => {
    const r = parseOk(sample("secondear.json"));
    expect(r.format).toBe("json");
    expect(r.utterances[0]).toEqual({ speaker: "Ana", role: "interviewer", startMs: 0, endMs: 2500, text: "How do you do it today?" });
  });

  it("accepts a string as well as bytes, with the same result", () => {
    const bytes = sample("zoom.vtt");
    expect(parseOk(new TextDecoder().decode(bytes))).toEqual(parseOk(bytes));
  });

  it("accepts an ArrayBuffer", () => {
    const bytes = sample("zoom.vtt");
    expect(parseOk(bytes.slice().buffer).utterances).toHaveLength(2);
  });
});

describe("parseTranscript: manual override", () => {
  it("--format vtt keeps 'Name:' prefixes as caption text", () => {
    const r = parseOk(sample("zoom.vtt"), "vtt");
    expect(r.format).toBe("vtt");
    expect(r.utterances[0].text).toBe("Ana Ruiz: Thanks for making the time today.");
  });

  it("--format zoom forces 'Name:' speakers even when few cues have them", () => {
    const text = "WEBVTT\n\n00:00.000 --> 00:01.000\nAna: hi\n\n00:01.000 --> 00:02.000\nwell\n\n00:02.000 --> 00:03.000\nyes\n";
    expect(parseOk(text).format).toBe("vtt");
    expect(turns(parseOk(text, "zoom"))).toEqual([["Ana", 0, 3000, "hi well yes"]]);
  });

  it("--format srt reads a WebVTT file's cues as SRT, warning about the header", () => {
    const r = parseOk(sample("zoom.vtt"), "srt");
    expect(r.format).toBe("srt");
    expect(r.speakers).toEqual(["Ana Ruiz", "Sam Lee"]);
    expect(r.warnings[0].message).toMatch(/line 1: text outside any cue was ignored: "WEBVTT"/);
  });

  it("--format text on an Otter export finds no 'Name:' line and says so", () => {
    const r = parseTranscript({ input: "Ana  0:03\nHello there\n", format: "text" });
    expect(r).toEqual({ ok: false, error: { code: "no-cues", line: 1, message: 'line 1: no "Name: text" line' } });
  });
});
