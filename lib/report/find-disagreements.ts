import type { ReportContext } from "./report-context";
import { tagMomentMs } from "./tag-moment";
import type { Disagreement, Report, Who } from "./types";

const NONE = "none";
/** How the confusion table names "none": nothing of that practice tagged there. */
const UNTAGGED = "(not tagged)";

/**
 * Same moment (utterance), same step, different codes. Also builds the confusion table over every
 * (utterance, step) either person tagged: identical codes pair on the diagonal, the rest pair in
 * codebook order, and anything left over is paired with "none" (the blind spots).
 */
export function findDisagreements(ctx: ReportContext): Report["disagreements"] {
  const order = new Map<string, number>();
  ctx.codebook.steps.flatMap((s) => s.codes).forEach((c, i) => order.set(c.key, i));
  const byOrder = (a: string, b: string) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || a.localeCompare(b);
  const pairs = new Map<string, number>();
  const seenCodes = new Set<string>();
  const list: Disagreement[] = [];
  const count = (i: string, b: string) => {
    seenCodes.add(i).add(b);
    pairs.set(`${i}\u0000${b}`, (pairs.get(`${i}\u0000${b}`) ?? 0) + 1);
  };

  const unitIds = [...ctx.atUnit.keys()].sort((a, b) => ctx.utterance.get(a)!.startMs - ctx.utterance.get(b)!.startMs);
  for (const id of unitIds) {
    const slot = ctx.atUnit.get(id)!;
    for (const { id: step } of ctx.steps) {
      const mine = unique(slot.interviewer.filter((a) => a.tag.step === step).map((a) => a.tag.code)).sort(byOrder);
      const theirs = unique(slot.buddy.filter((a) => a.tag.step === step).map((a) => a.tag.code)).sort(byOrder);
      if (mine.length === 0 && theirs.length === 0) continue;
      const restI = mine.filter((c) => !theirs.includes(c));
      const restB = theirs.filter((c) => !mine.includes(c));
      for (const c of mine.filter((c) => theirs.includes(c))) count(c, c);
      for (let k = 0; k < Math.max(restI.length, restB.length); k++) count(restI[k] ?? NONE, restB[k] ?? NONE);
      if (mine.length === 0 || theirs.length === 0 || (restI.length === 0 && restB.length === 0)) continue;
      const u = ctx.utterance.get(id)!;
      const polarity = (codes: string[], who: Who) =>
        new Set(slot[who].filter((a) => a.tag.step === step && codes.includes(a.tag.code)).map((a) => a.tag.polarity));
      const pI = polarity(mine, "interviewer");
      const pB = polarity(theirs, "buddy");
      const samePolarity = pI.size === pB.size && [...pI].every((p) => pB.has(p));
      // The moment's time is its earliest tag's, as each tag shows it elsewhere (a live press, a span's utterance).
      const involved = [...slot.interviewer, ...slot.buddy].filter((a) => a.tag.step === step);
      const atMs = Math.min(...involved.map((a) => tagMomentMs(ctx, a) ?? u.startMs));
      list.push({
        utteranceId: id,
        speaker: u.speaker,
        atMs,
        quote: u.text,
        step,
        interviewer: mine,
        buddy: theirs,
        interviewerLabels: mine.map(ctx.label),
        buddyLabels: theirs.map(ctx.label),
        kind: samePolarity ? "code" : "polarity",
        href: ctx.href(id, atMs),
      });
    }
  }
  const labels = [...seenCodes].filter((c) => c !== NONE).sort(byOrder);
  if (seenCodes.has(NONE)) labels.push(NONE);
  const counts = labels.map((i) => labels.map((b) => pairs.get(`${i}\u0000${b}`) ?? 0));
  const names = labels.map((key) => (key === NONE ? UNTAGGED : ctx.label(key)));
  return { list, confusion: { labels, names, counts } };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
