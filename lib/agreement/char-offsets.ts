import type { Unit } from "./tag-types";

/**
 * Gives utterances the character offsets they have in a transcript document made of their texts
 * joined by `separator` (one paragraph per utterance). Tags anchored to a character range can
 * then be mapped to the utterances they cover.
 */
export function withCharOffsets<T extends Omit<Unit, "charStart" | "charEnd"> & { text: string }>(
  utterances: ReadonlyArray<T>,
  separator = "\n",
): Array<T & { charStart: number; charEnd: number }> {
  let offset = 0;
  return utterances.map((u) => {
    const charStart = offset;
    const charEnd = charStart + u.text.length;
    offset = charEnd + separator.length;
    return { ...u, charStart, charEnd };
  });
}
