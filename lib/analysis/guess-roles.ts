import { findQuestions } from "./questions/find-questions";
import type { Role } from "./types";

export interface RoleHints {
  interviewer?: string[];
  customer?: string[];
  buddy?: string[];
}

/**
 * Roles per speaker. Named speakers keep their role; otherwise the speaker
 * asking the most questions is the interviewer and the remaining speaker with
 * the most words the customer; anyone else is "other". Each guess is reported
 * as a warning because a wrong guess flips every metric.
 */
export function guessRoles(utterances: Array<{ speaker: string; text: string }>, hints: RoleHints = {}): { roles: Map<string, Role>; warnings: string[] } {
  const roles = new Map<string, Role>();
  const warnings: string[] = [];
  const lower = (xs?: string[]) => new Set((xs ?? []).map((x) => x.toLowerCase()));
  const [iv, cu, bu] = [lower(hints.interviewer), lower(hints.customer), lower(hints.buddy)];
  const speakers = [...new Set(utterances.map((u) => u.speaker))];
  for (const s of speakers) {
    const k = s.toLowerCase();
    if (iv.has(k)) roles.set(s, "interviewer");
    else if (cu.has(k)) roles.set(s, "customer");
    else if (bu.has(k)) roles.set(s, "buddy");
  }
  for (const [name, list] of [["--interviewer", hints.interviewer], ["--customer", hints.customer], ["--buddy", hints.buddy]] as const) {
    for (const n of list ?? []) if (!speakers.some((s) => s.toLowerCase() === n.toLowerCase())) warnings.push(`${name} ${n}: no such speaker in the transcript`);
  }
  const open = speakers.filter((s) => !roles.has(s));
  if (open.length === 0) return { roles, warnings };
  const questions = new Map<string, number>();
  const words = new Map<string, number>();
  const found = findQuestions(utterances.map((u) => u.text));
  utterances.forEach((u, i) => {
    questions.set(u.speaker, (questions.get(u.speaker) ?? 0) + found[i].length);
    words.set(u.speaker, (words.get(u.speaker) ?? 0) + u.text.split(/\s+/).length);
  });
  const has = (r: Role) => [...roles.values()].includes(r);
  if (!has("interviewer")) {
    const pick = [...open].sort((a, b) => (questions.get(b) ?? 0) - (questions.get(a) ?? 0))[0];
    roles.set(pick, "interviewer");
    warnings.push(`guessed interviewer: ${pick} (asks the most questions: ${questions.get(pick) ?? 0}); pass --interviewer NAME to override`);
  }
  const rest = open.filter((s) => !roles.has(s));
  if (!has("customer") && rest.length > 0) {
    const pick = [...rest].sort((a, b) => (words.get(b) ?? 0) - (words.get(a) ?? 0))[0];
    roles.set(pick, "customer");
    warnings.push(`guessed customer: ${pick} (speaks the most words of the others); pass --customer NAME to override`);
  }
  for (const s of open) if (!roles.has(s)) {
    roles.set(s, "other");
    warnings.push(`speaker ${s} has no role; counted as "other"`);
  }
  return { roles, warnings };
}
