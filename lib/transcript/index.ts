// Public API of the transcript parser.
export { parseTranscript } from "./parse-transcript";
export { parseCues } from "./parse-cues";
export { toSecondEarJson, parseSecondEarJson, type SecondEarTranscriptJson } from "./secondear-json";
export { MAX_TRANSCRIPT_BYTES } from "./limits";
export { UNKNOWN_SPEAKER } from "./build-utterances";
export * from "./types";
