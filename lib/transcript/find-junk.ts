// Binary junk check on decoded text: real transcripts have (almost) no control
// characters, while binary data is full of them. A few stray NULs are
// tolerated (WebVTT even defines how to read them).
export function findJunkLine(text: string): number | undefined {
  const sample = Math.min(text.length, 65_536);
  let bad = 0;
  let first = -1;
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    const control = (c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) || c === 0x7f || c === 0xfffd;
    if (control) {
      bad++;
      if (first < 0) first = i;
    }
  }
  if (bad <= Math.max(2, sample * 0.05)) return undefined;
  return text.slice(0, first).split(/\r\n|\r|\n/).length;
}
