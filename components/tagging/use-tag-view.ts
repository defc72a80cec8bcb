"use client";

import { useEffect, useMemo, useState } from "react";
import type * as Y from "yjs";
import { mapTagToUnits } from "@/lib/agreement/map-tag-to-units";
import { buildUnitTimeline } from "@/lib/agreement/unit-timeline";
import type { WorkspaceCode } from "@/lib/codebook/server/list-workspace-codes";
import { getStepColor } from "@/lib/codebook/step-colors";
import { readTranscriptUtterances } from "@/lib/collab/read-transcript-utterances";
import { TRANSCRIPT_FIELD } from "@/lib/collab/transcript-extensions";
import { findAnchorBlock } from "@/lib/tags/span-anchor";
import { getTagMap, listTags } from "@/lib/tags/tags-document";
import type { StoredTag } from "@/lib/tags/tag-types";
import type { TagLayer } from "./tag-layer";

export interface ViewTag extends StoredTag {
  layer: TagLayer;
  label: string;
  color: string;
  /** Transcript block the tag sits at (span start, or where a live tag maps by time). */
  blockIndex: number | null;
  /** Transcript time of that block, for sorting and seeking. */
  atMs: number | null;
}

/** Every visible layer's tags, resolved against the transcript; recomputed when any of them changes. */
export function useTagView(options: {
  layers: TagLayer[];
  codes: WorkspaceCode[];
  transcriptDoc: Y.Doc | null;
  reactionLagMs: number;
  /** Call time at which the transcript's clock reads 0. */
  callOffsetMs: number;
}): { tags: ViewTag[]; version: number } {
  const { layers, codes, transcriptDoc, reactionLagMs, callOffsetMs } = options;
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const maps = layers.map((layer) => getTagMap(layer.doc));
    maps.forEach((map) => map.observe(bump));
    const fragment = transcriptDoc?.getXmlFragment(TRANSCRIPT_FIELD);
    fragment?.observeDeep(bump);
    bump();
    return () => {
      maps.forEach((map) => map.unobserve(bump));
      fragment?.unobserveDeep(bump);
    };
  }, [layers, transcriptDoc]);

  const tags = useMemo(() => {
    void version; // recompute when the documents change
    const byKey = new Map(codes.map((c) => [c.key, c]));
    const utterances = transcriptDoc ? readTranscriptUtterances(transcriptDoc) : [];
    const units = utterances.flatMap((u) =>
      u.startMs == null ? [] : [{ id: String(u.index), startMs: u.startMs, endMs: u.endMs ?? u.startMs }],
    );
    const timeline = buildUnitTimeline(units);
    const fragment = transcriptDoc?.getXmlFragment(TRANSCRIPT_FIELD);
    const startOf = new Map(utterances.map((u) => [u.index, u.startMs]));
    return layers.flatMap((layer) =>
      listTags(layer.doc).map((tag): ViewTag => {
        const code = byKey.get(tag.code);
        let blockIndex: number | null = null;
        if (tag.anchor.kind === "span" && fragment) blockIndex = findAnchorBlock(fragment, tag.anchor);
        // Live tags carry call time; the transcript runs on the recording's clock.
        const transcriptMs = tag.anchor.kind === "time" ? tag.anchor.atMs - callOffsetMs : null;
        if (transcriptMs != null && units.length > 0) {
          const aligned = mapTagToUnits(
            { author: layer.userId, code: tag.code, step: tag.step, polarity: tag.polarity, anchor: { kind: "time", atMs: transcriptMs } },
            timeline,
            reactionLagMs,
          );
          blockIndex = aligned.unitIds.length ? Number(aligned.unitIds[0]) : null;
        }
        return {
          ...tag,
          layer,
          label: code?.label ?? tag.code,
          color: code?.color ?? getStepColor(tag.step),
          blockIndex,
          atMs: transcriptMs ?? (blockIndex != null ? (startOf.get(blockIndex) ?? null) : null),
        };
      }),
    );
  }, [layers, codes, transcriptDoc, reactionLagMs, callOffsetMs, version]);

  return { tags, version };
}
