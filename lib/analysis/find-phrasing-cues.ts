import { locate } from "./locate";
import type { CueFinding, CueKind, Utterance } from "./types";

interface CueRule {
  id: string;
  kind: Exclude<CueKind, "reflection">;
  pattern: RegExp;
}

// Phrasings for step 2 ("listen with empathy"): hot tips teach the product;
// defending explains it away. Patterns are anchored on word boundaries and
// tolerate curly apostrophes. Reflections are found by the learned coder
// (coding/find-reflections.ts); the paraphrase phrases below are one of its
// features and the baseline it is measured against, no longer evidence alone.
const A = "['’]";
export const PARAPHRASE_PHRASES: RegExp[] = [
  new RegExp(`\\b(so )?what I${A}?m hearing( you say)?( is)?\\b|\\bwhat I hear (you saying|is)\\b|\\bif I${A}?m hearing you (right|correctly)\\b`, "i"),
  /\b(it|that) sounds like\b|\bsounds like (you|it|that|the)\b/i,
  new RegExp(`\\bif I understand( you| this| that)?( correctly| right)?\\b|\\blet me (make sure I understand|see if I${A}?ve got this|play (that|this|it) back)\\b|\\bcorrect me if I${A}?m wrong\\b`, "i"),
  new RegExp(`\\bso (what )?you${A}?re saying\\b|\\bin other words\\b|\\bso for you,?\\b|\\bif I (get|got) (you|this|that) right\\b`, "i"),
];

export const CUE_RULES: CueRule[] = [
  { id: "hot-tip.you-can-just", kind: "hot-tip", pattern: /\byou (can|could|just|should) (just |simply |always )?(click|tap|go|use|open|press|drag|turn|switch|set|export|select|type|try|hit)\b|\byou can just\b/i },
  { id: "hot-tip.did-you-know", kind: "hot-tip", pattern: /\bdid you know (that |you can |there)?|\bthere${A}?s (a|an) (button|setting|shortcut|feature|option|menu|toggle) (for|that|to|where)\b|\bthe trick is\b|\bif you go (to|into|up to)\b|\bjust (click|tap|press|hit|go to)\b/i },
  { id: "defending.actually", kind: "defending", pattern: new RegExp(`\\b(well,? )?actually,? (that${A}?s|it${A}?s|this is|the reason)\\b|\\bthat${A}?s because (we|the|it|our)\\b`, "i") },
  { id: "defending.reason", kind: "defending", pattern: new RegExp(`\\bthe reason (it|we|that|this|why)\\b|\\b(it|that)${A}?s (by design|intentional|designed (to|that way)|meant to)\\b|\\bwe (did|built|designed|made) (it|that|this) (that way )?(because|so)\\b|\\bit works that way because\\b`, "i") },
];

/** Every hot-tip / defending phrasing in interviewer utterances, located. */
export function findPhrasingCues(utterances: Utterance[]): CueFinding[] {
  const found: CueFinding[] = [];
  utterances.forEach((u, i) => {
    if (u.role !== "interviewer") return;
    for (const rule of CUE_RULES) {
      const m = rule.pattern.exec(u.text);
      if (!m) continue;
      // Two rules can catch the same phrase ("you can just click"); report it once.
      const end = m.index + m[0].length;
      if (found.some((f) => f.kind === rule.kind && f.location.utteranceIndex === i && f.location.charStart < end && m.index < f.location.charEnd)) continue;
      found.push({ kind: rule.kind, match: m[0], rule: rule.id, location: locate(utterances, i, m.index, m.index + m[0].length) });
    }
  });
  return found;
}
