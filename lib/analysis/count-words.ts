// Words are runs of letters/digits (apostrophes and hyphens inside a word keep
// it whole), so "don't" and "follow-up" count once and "--" or "[inaudible]"
// markers do not inflate talk share.
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const NOISE_MARKER = /[[(][^\])]*[\])]/g;

export function countWords(text: string): number {
  const clean = text.replace(NOISE_MARKER, " ");
  let n = 0;
  for (const _ of clean.matchAll(WORD)) n++;
  return n;
}
