import type { Polarity } from "../codebook/types";

/**
 * A unit of analysis: one transcript utterance. Character offsets are optional and only needed
 * for tags anchored to a character range (see `withCharOffsets`).
 */
export interface Unit {
  id: string;
  startMs: number;
  endMs: number;
  /** Offset of the utterance's first character in the transcript document. */
  charStart?: number;
  /** Offset one past the utterance's last character. */
  charEnd?: number;
}

/**
 * Where a tag points. Review tags select transcript text (whole utterances or a character range);
 * live tags are a key press on the shared call clock.
 */
export type TagAnchor =
  | { kind: "utterances"; utteranceIds: string[] }
  | { kind: "chars"; from: number; to: number }
  | { kind: "time"; atMs: number };

export interface Tag {
  id?: string;
  /** Who tagged; any stable id (user id, or "interviewer"/"buddy"). */
  author: string;
  code: string;
  step: number;
  polarity: Polarity;
  anchor: TagAnchor;
}

export type MappingMethod = "utterances" | "chars" | "time" | "time-window" | "unmapped";

/** A tag with the units it was mapped to. `unitIds` is empty when it could not be placed. */
export interface AlignedTag<T extends Tag = Tag> {
  tag: T;
  unitIds: string[];
  method: MappingMethod;
  /** The moment the tag refers to on the call clock (live tags: press time minus reaction lag). */
  refMs: number | null;
  /** Why a tag is unmapped; absent otherwise. */
  problem?: string;
}

export interface AlignOptions {
  /** A live key press comes after what it reacts to; look this far back. Default 3000 ms. */
  reactionLagMs?: number;
  /** Live tags within this distance of another person's tag on the same code/step are the same moment. Default 5000 ms. */
  toleranceMs?: number;
}

export const DEFAULT_REACTION_LAG_MS = 3000;
export const DEFAULT_TOLERANCE_MS = 5000;
