import type { Report } from "./types";

/**
 * "Ana (interviewer, 2 tags) · Bo (buddy, 1 tag)"; an empty seat is said in words ("no buddy
 * yet"), never listed as if it were a person.
 */
export function describeTaggers(taggers: Report["header"]["taggers"]): string {
  const seated = taggers.filter((t) => t.isSeated).map((t) => `${t.name} (${t.who}, ${t.tags} ${t.tags === 1 ? "tag" : "tags"})`);
  const empty = taggers.filter((t) => !t.isSeated).map((t) => `no ${t.who} yet`);
  if (seated.length === 0) return "nobody yet: no interviewer and no buddy";
  return [seated.join(" · "), ...empty].join("; ");
}
