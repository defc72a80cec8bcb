import type { Polarity } from "../codebook/types";

/**
 * A tag as stored in its author's tag document. Span anchors are Yjs relative
 * positions into the transcript document (JSON), so they stay on the same
 * words while people edit; time anchors are call-clock milliseconds.
 */
export type StoredAnchor =
  | { kind: "time"; atMs: number }
  | { kind: "span"; from: unknown; to: unknown; quote: string };

export interface StoredTag {
  id: string;
  code: string;
  step: number;
  polarity: Polarity;
  note: string;
  createdAt: number;
  anchor: StoredAnchor;
  /** Set on course-correction tags made from a buddy's nudge. */
  nudgeId?: string;
}
