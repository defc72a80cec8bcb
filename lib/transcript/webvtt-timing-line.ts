// One cue's timing line → times and cue settings. Timestamps and the settings
// vertical/line/position/size/align come from `webvtt-parser` (the W3C's
// reference parser); we add what it lacks: the `region:` setting and the
// spec's "skip a setting with an empty name or value" rule (the library stops
// reading all settings at the first empty value instead).
import webvtt, { type LibCue } from "webvtt-parser";
import type { CaptionCue, CaptionRegion } from "./types";

export type CueTiming = Omit<CaptionCue, "id" | "text" | "startMs" | "endMs"> & {
  startTime: number;
  endTime: number;
};

const TIMINGS = /^[\t\n\f\r ]*\d+:\d+(?::\d+)?\.\d+[\t\n\f\r ]*-->[\t\n\f\r ]*\d+:\d+(?::\d+)?\.\d+/;
const ignoreError = () => {};

function blankLibCue(): LibCue {
  return {
    id: "", startTime: 0, endTime: 0, direction: "horizontal", snapToLines: true, linePosition: "auto",
    lineAlign: "start", textPosition: "auto", positionAlign: "auto", size: 100, alignment: "center", text: "",
  };
}

export function parseTimingLine(line: string, regions: readonly CaptionRegion[]): CueTiming | undefined {
  const timings = TIMINGS.exec(line);
  if (!timings) return undefined;
  let region: CaptionRegion | null = null;
  const kept: string[] = [];
  for (const setting of line.slice(timings[0].length).split(/[\t\n\f\r ]+/)) {
    const colon = setting.indexOf(":");
    if (colon <= 0 || colon === setting.length - 1) continue;
    if (setting.slice(0, colon) === "region") {
      // Spec: the *last* region defined with that id, or null if none.
      const id = setting.slice(colon + 1);
      region = findLast(regions, (r) => r.id === id) ?? null;
    } else kept.push(setting);
  }
  // The regex only guarantees the shape; the library applies the spec's
  // value rules (two-digit minutes, three-digit fraction, ≤59 ...).
  const cue = blankLibCue();
  const parser = new webvtt.WebVTTCueTimingsAndSettingsParser(`${timings[0]} ${kept.join(" ")}`, ignoreError);
  if (!parser.parse(cue, 0)) return undefined;
  return {
    startTime: cue.startTime,
    endTime: cue.endTime,
    vertical: cue.direction === "horizontal" ? "" : cue.direction,
    // The library yields -0 for "line:-0"; the spec's number is +0.
    line: cue.linePosition === 0 ? 0 : cue.linePosition,
    snapToLines: cue.snapToLines,
    lineAlign: cue.lineAlign,
    position: cue.textPosition,
    positionAlign: cue.positionAlign,
    size: cue.size,
    align: cue.alignment,
    region,
  };
}

function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return items[i];
  return undefined;
}
