import type * as Y from "yjs";
import { withCharOffsets } from "../agreement";
import { fillMissingTimings } from "../analysis/fill-missing-timings";
import { readTranscriptUtterances } from "../collab/read-transcript-utterances";
import type { ReportUtterance } from "./types";

/**
 * The transcript document's utterances as report units. Ids are the block indices of the
 * document (what span anchors resolve to and what room links point at); utterances typed without
 * timings get the previous end as a zero-length time, so order holds. Character offsets count
 * each utterance's text joined by "\n", matching `locateSpanChars`.
 */
export function readReportUtterances(doc: Y.Doc): { utterances: ReportUtterance[]; untimed: number } {
  const raw = readTranscriptUtterances(doc);
  const { utterances: timed, untimed } = fillMissingTimings(raw);
  const withIds = timed.map((u, i) => ({ ...u, id: String(raw[i].index) }));
  return { utterances: withCharOffsets(withIds), untimed };
}
