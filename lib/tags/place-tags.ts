import type * as Y from "yjs";
import { createLiveTagPlacer } from "../agreement/place-live-tag";
import { readTranscriptUtterances } from "../collab/read-transcript-utterances";
import { TRANSCRIPT_FIELD } from "../collab/transcript-extensions";
import { findAnchorBlock } from "./span-anchor";
import type { StoredTag } from "./tag-types";

export interface TagPlacement {
  /** Transcript block the tag sits at: a span's first block, or the utterance a live tag lands on. */
  blockIndex: number | null;
  /** Transcript time for sorting and seeking: a live tag's press, else its block's start. */
  atMs: number | null;
}

/**
 * Where the room shows stored tags: spans at the block their start is in, live tags where the
 * report puts them (`createLiveTagPlacer`: call offset, reaction lag, untimed utterances filled).
 * Build once per transcript state, call per tag.
 */
export function createTagPlacer(options: {
  transcriptDoc: Y.Doc | null;
  reactionLagMs: number;
  /** Call time at which the transcript's clock reads 0. */
  callOffsetMs: number;
}): (tag: StoredTag) => TagPlacement {
  const { transcriptDoc, reactionLagMs, callOffsetMs } = options;
  const utterances = transcriptDoc ? readTranscriptUtterances(transcriptDoc) : [];
  const placeLive = createLiveTagPlacer({
    utterances: utterances.map((u) => ({ id: String(u.index), startMs: u.startMs, endMs: u.endMs })),
    reactionLagMs,
    callOffsetMs,
  });
  const fragment = transcriptDoc?.getXmlFragment(TRANSCRIPT_FIELD);
  const startOf = new Map(utterances.map((u) => [u.index, u.startMs]));
  return (tag) => {
    if (tag.anchor.kind === "time") {
      const { unitId, transcriptMs } = placeLive(tag.anchor.atMs);
      return { blockIndex: unitId == null ? null : Number(unitId), atMs: transcriptMs };
    }
    const blockIndex = fragment ? findAnchorBlock(fragment, tag.anchor) : null;
    return { blockIndex, atMs: blockIndex != null ? (startOf.get(blockIndex) ?? null) : null };
  };
}
