/**
 * Code point index of every UTF-16 index of `text` (length + 1 entries), so QDA positions, which
 * count code points, can be computed in one pass whatever the text holds (emoji, CJK extension B).
 */
export function codePointIndexes(text: string): Int32Array {
  const out = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    out[i] = cp;
    const c = text.charCodeAt(i);
    const isHighSurrogate = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (isHighSurrogate) out[++i] = cp;
    cp++;
  }
  out[text.length] = cp;
  return out;
}

/** The inverse: UTF-16 index of every code point index (count + 1 entries). */
export function utf16Indexes(text: string): Int32Array {
  const cps = codePointIndexes(text);
  const out = new Int32Array(cps[text.length] + 1);
  for (let i = text.length; i >= 0; i--) out[cps[i]] = i;
  return out;
}
