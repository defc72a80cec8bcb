import { alignTags } from "./align-tags";
import { buildLabelMatrix, buildPresenceMatrix, NO_CODE } from "./build-unit-matrix";
import { computeAgreement, MIN_UNITS } from "./compute-agreement";
import type { AlignOptions, AlignedTag, Tag, Unit } from "./tag-types";
import type { AgreementSummary } from "./types";

export interface TagAgreementOptions extends AlignOptions {
  /** Coders in row order. Default: every author found in the tags, sorted. Pass both people
   * explicitly so someone who tagged nothing still counts as judging every unit "none". */
  authors?: string[];
  /** Steps to report. Default: the steps found in the tags. */
  steps?: number[];
  /** Codes to report as present/absent, with their step. Default: the codes found in the tags. */
  codes?: { key: string; step: number }[];
}

export interface TagAgreement<T extends Tag = Tag> {
  aligned: AlignedTag<T>[];
  authors: string[];
  /** Per unit, the set of codes (from any step) each author used. */
  overall: AgreementSummary;
  /** Per step, the set of that step's codes each author used on the unit. */
  perStep: { step: number; summary: AgreementSummary }[];
  /** Per code, present/absent on each unit. */
  perCode: { code: string; step: number; uses: number; summary: AgreementSummary }[];
}

/** Agreement between people who tagged the same transcript, over utterances as units. */
export function computeTagAgreement<T extends Tag>(tags: ReadonlyArray<T>, units: ReadonlyArray<Unit>, options: TagAgreementOptions = {}): TagAgreement<T> {
  return computeAlignedAgreement(alignTags(tags, units, options), units, options);
}

/** The same, for tags already aligned (e.g. by a report that also needs the alignment). */
export function computeAlignedAgreement<T extends Tag>(
  aligned: AlignedTag<T>[],
  units: ReadonlyArray<Unit>,
  options: Omit<TagAgreementOptions, keyof AlignOptions> = {},
): TagAgreement<T> {
  const tags = aligned.map((a) => a.tag);
  const authors = options.authors ?? [...new Set(tags.map((t) => t.author))].sort();
  const steps = options.steps ?? [...new Set(tags.map((t) => t.step))].sort((a, b) => a - b);
  const codes = options.codes ?? uniqueCodes(tags);

  const summarise = (include: (t: Tag) => boolean) => {
    const labels = buildLabelMatrix(aligned, units, authors, include);
    const summary = computeAgreement(labels, { categories: [NO_CODE] });
    summary.warnings.push(...sparseWarning(labels));
    return summary;
  };

  return {
    aligned,
    authors,
    overall: summarise(() => true),
    perStep: steps.map((step) => ({ step, summary: summarise((t) => t.step === step) })),
    perCode: codes.map(({ key, step }) => {
      const presence = buildPresenceMatrix(aligned, units, authors, (t) => t.code === key);
      const summary = computeAgreement(presence, { categories: [0, 1] });
      summary.warnings.push(...sparseWarning(presence.map((row) => row.map((v) => (v ? key : NO_CODE)))));
      return { code: key, step, uses: presence.flat().reduce((a, b) => a + b, 0), summary };
    }),
  };
}

// Agreement on hundreds of untagged utterances says little about agreement on what matters.
function sparseWarning(labels: string[][]): string[] {
  const width = labels[0]?.length ?? 0;
  let tagged = 0;
  for (let u = 0; u < width; u++) if (labels.some((row) => row[u] !== NO_CODE)) tagged++;
  if (width === 0 || tagged >= MIN_UNITS) return [];
  return [`only ${tagged} of ${width} utterances carry a tag from anyone; agreement is mostly about what nobody tagged`];
}

function uniqueCodes(tags: ReadonlyArray<Tag>): { key: string; step: number }[] {
  const seen = new Map<string, number>();
  for (const t of tags) if (!seen.has(t.code)) seen.set(t.code, t.step);
  return [...seen].map(([key, step]) => ({ key, step }));
}
