// Types for the parts of `webvtt-parser` (the W3C's reference webvtt.js, CC0)
// that we use; the package ships none.
declare module "webvtt-parser" {
  export interface LibCue {
    id: string;
    startTime: number;
    endTime: number;
    direction: "horizontal" | "rl" | "lr";
    snapToLines: boolean;
    linePosition: number | "auto";
    lineAlign: "start" | "center" | "end";
    textPosition: number | "auto";
    positionAlign: "auto" | "line-left" | "center" | "line-right";
    size: number;
    alignment: "start" | "center" | "end" | "left" | "right";
    text: string;
  }
  export interface LibNode {
    type: "text" | "object" | "timestamp";
    name?: string;
    value?: string | number;
    classes?: string[];
    children?: LibNode[];
  }
  type ErrorHandler = (message: string, col?: number) => void;
  export class WebVTTCueTimingsAndSettingsParser {
    constructor(line: string, onError: ErrorHandler);
    parse(cue: LibCue, previousCueStart: number): boolean | undefined;
  }
  export class WebVTTCueTextParser {
    constructor(text: string, onError: ErrorHandler, mode: "metadata" | "chapters" | "subtitles", entities?: Record<string, string>);
    parse(start: number, end: number): { children: LibNode[] };
  }
  const lib: {
    WebVTTCueTimingsAndSettingsParser: typeof WebVTTCueTimingsAndSettingsParser;
    WebVTTCueTextParser: typeof WebVTTCueTextParser;
  };
  export default lib;
}
