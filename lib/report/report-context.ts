import { alignTags, DEFAULT_REACTION_LAG_MS, DEFAULT_TOLERANCE_MS, type AlignedTag } from "../agreement";
import { DEFAULT_CODEBOOK, findCode, type Codebook } from "../codebook";
import type { ReportInput, ReportTag, ReportUtterance, Who } from "./types";

export type AuthoredTag = ReportTag & { author: Who };

/** Everything the report sections share, computed once: alignment is the expensive part. */
export interface ReportContext {
  input: ReportInput;
  codebook: Codebook;
  steps: { id: number; title: string }[];
  utterance: Map<string, ReportUtterance>;
  aligned: AlignedTag<AuthoredTag>[];
  /** Per utterance id, the aligned tags of each person on it. */
  atUnit: Map<string, Record<Who, AlignedTag<AuthoredTag>[]>>;
  toleranceMs: number;
  reactionLagMs: number;
  label: (code: string) => string;
  href: (utteranceId: string, atMs: number) => string;
}

export function createReportContext(input: ReportInput): ReportContext {
  const codebook = input.codebook ?? DEFAULT_CODEBOOK;
  const tags: AuthoredTag[] = [
    ...input.interviewerTags.map((t) => ({ ...t, author: "interviewer" as const })),
    ...input.buddyTags.map((t) => ({ ...t, author: "buddy" as const })),
  ];
  const aligned = alignTags(tags, input.utterances, input.alignment);
  const atUnit = new Map<string, Record<Who, AlignedTag<AuthoredTag>[]>>();
  for (const a of aligned) {
    for (const id of a.unitIds) {
      let slot = atUnit.get(id);
      if (!slot) atUnit.set(id, (slot = { interviewer: [], buddy: [] }));
      slot[a.tag.author].push(a);
    }
  }
  // Codebook steps first, in their order; then any step that only old tags still mention.
  const steps = codebook.steps.map((s) => ({ id: s.id, title: s.title }));
  for (const t of tags) if (!steps.some((s) => s.id === t.step)) steps.push({ id: t.step, title: `Step ${t.step}` });
  const labels = new Map<string, string>();
  const momentHref = input.momentHref ?? (({ utteranceId, atMs }) => `#t=${atMs}&u=${encodeURIComponent(utteranceId)}`);
  return {
    input,
    codebook,
    steps,
    utterance: new Map(input.utterances.map((u) => [u.id, u])),
    aligned,
    atUnit,
    toleranceMs: input.alignment?.toleranceMs ?? DEFAULT_TOLERANCE_MS,
    reactionLagMs: input.alignment?.reactionLagMs ?? DEFAULT_REACTION_LAG_MS,
    label: (code) => {
      let l = labels.get(code);
      if (l === undefined) labels.set(code, (l = findCode(codebook, code)?.label ?? code));
      return l;
    },
    href: (utteranceId, atMs) => momentHref({ utteranceId, atMs }),
  };
}

/** The words a tag points at: the selected characters for a range tag, else the utterance. */
export function quoteOf(ctx: ReportContext, a: AlignedTag<AuthoredTag>): string {
  const first = ctx.utterance.get(a.unitIds[0]);
  if (!first) return "";
  const anchor = a.tag.anchor;
  if (anchor.kind === "chars" && first.charStart !== undefined) {
    const parts = a.unitIds.map((id) => ctx.utterance.get(id)!).map((u) =>
      u.text.slice(Math.max(0, anchor.from - u.charStart!), Math.max(0, anchor.to - u.charStart!)));
    const quote = parts.join(" ").trim();
    if (quote) return quote;
  }
  return a.unitIds.map((id) => ctx.utterance.get(id)?.text ?? "").join(" ");
}
