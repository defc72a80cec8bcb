import type * as Y from "yjs";
import { toTranscriptMs } from "../agreement/place-live-tag";
import { listTags } from "../tags/tags-document";
import type { createSpanLocator } from "./locate-span-chars";
import type { ReportTag } from "./types";

/**
 * One person's tag document as report tags: spans as character ranges over the report's
 * utterances, live tags moved from call time onto the transcript's clock (`toTranscriptMs`);
 * `buildReport` then places them (`placeLiveTag`), as the room's tag view does.
 */
export function toReportTags(doc: Y.Doc, locate: ReturnType<typeof createSpanLocator>, callOffsetMs: number): ReportTag[] {
  return listTags(doc).map((t) => ({
    id: t.id,
    code: t.code,
    step: t.step,
    polarity: t.polarity,
    anchor: t.anchor.kind === "time" ? { kind: "time", atMs: toTranscriptMs(t.anchor.atMs, callOffsetMs) } : locate(t.anchor),
    ...(t.note ? { note: t.note } : {}),
  }));
}
