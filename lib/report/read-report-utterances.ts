import type * as Y from "yjs";
import { fillTimings, withCharOffsets } from "../agreement";
import { readTranscriptUtterances } from "../collab/read-transcript-utterances";
import type { ReportUtterance } from "./types";

/**
 * The transcript document's utterances as report units. Ids are the block indices of the
 * document (what span anchors resolve to and what room links point at); utterances typed without
 * timings get the previous end as a zero-length time, so order holds (`fillTimings`, as in the
 * room's tag view). Character offsets count each utterance's text joined by "\n", matching
 * `locateSpanChars`.
 */
export function readReportUtterances(doc: Y.Doc): { utterances: ReportUtterance[]; untimed: number } {
  const raw = readTranscriptUtterances(doc);
  const { items, untimed } = fillTimings(raw);
  const withIds = items.map(({ index, speaker, role, startMs, endMs, text }) => ({ id: String(index), speaker, role, startMs, endMs, text }));
  return { utterances: withCharOffsets(withIds), untimed };
}
