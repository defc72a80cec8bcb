"use client";

import { useEffect, useMemo, useState } from "react";
import type * as Y from "yjs";
import type { WorkspaceCode } from "@/lib/codebook/server/list-workspace-codes";
import { getStepColor } from "@/lib/codebook/step-colors";
import { TRANSCRIPT_FIELD } from "@/lib/collab/transcript-extensions";
import { createTagPlacer } from "@/lib/tags/place-tags";
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
    // Live tags land where the report puts them (lib/agreement/place-live-tag.ts).
    const place = createTagPlacer({ transcriptDoc, reactionLagMs, callOffsetMs });
    return layers.flatMap((layer) =>
      listTags(layer.doc).map((tag): ViewTag => {
        const code = byKey.get(tag.code);
        return {
          ...tag,
          layer,
          label: code?.label ?? tag.code,
          color: code?.color ?? getStepColor(tag.step),
          ...place(tag),
        };
      }),
    );
  }, [layers, codes, transcriptDoc, reactionLagMs, callOffsetMs, version]);

  return { tags, version };
}
