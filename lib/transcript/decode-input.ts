// Bytes → text. The encoding comes from the byte-order mark (UTF-8/16/32, as
// SRT files from Windows tools often carry one); without a BOM we sniff
// BOM-less UTF-16 by its zero bytes and otherwise decode UTF-8 with U+FFFD
// replacement, as the WebVTT spec requires.
import { MAX_TRANSCRIPT_BYTES } from "./limits";
import type { TranscriptError, TranscriptInput } from "./types";
import { sniffBinaryKind } from "./sniff-binary-kind";

export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; error: TranscriptError };

const MB = (MAX_TRANSCRIPT_BYTES / 1024 / 1024).toFixed(0);

export function decodeInput(input: TranscriptInput): DecodeResult {
  if (typeof input === "string") {
    // A JS string holds at least one byte per char once encoded, so counting
    // chars never lets an over-limit text through the byte limit.
    if (input.length > MAX_TRANSCRIPT_BYTES) return tooLarge(input.length);
    return { ok: true, text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, encoding: "utf-16" };
  }
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length > MAX_TRANSCRIPT_BYTES) return tooLarge(bytes.length);
  const kind = sniffBinaryKind(bytes);
  if (kind) {
    return {
      ok: false,
      error: { code: "binary", line: 1, message: `line 1: this is ${kind}, not a transcript (expected a text file such as .vtt, .srt or .txt)` },
    };
  }
  const encoding = detectEncoding(bytes);
  if (encoding.startsWith("utf-32")) return { ok: true, text: decodeUtf32(bytes, encoding === "utf-32le"), encoding };
  if (encoding === "utf-8" && !hasUtf8Bom(bytes)) return decodeUnmarked(bytes);
  return { ok: true, text: decodeWith(bytes, encoding), encoding };
}

function tooLarge(size: number): DecodeResult {
  const got = (size / 1024 / 1024).toFixed(1);
  return { ok: false, error: { code: "too-large", message: `the file is ${got} MB; transcripts are limited to ${MB} MB` } };
}

export function detectEncoding(b: Uint8Array): string {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return "utf-8";
  // UTF-32LE's BOM starts with UTF-16LE's, so test the longer one first.
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return "utf-32le";
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return "utf-32be";
  if (b[0] === 0xff && b[1] === 0xfe) return "utf-16le";
  if (b[0] === 0xfe && b[1] === 0xff) return "utf-16be";
  return sniffUtf16(b) ?? "utf-8";
}

// ASCII-heavy UTF-16 has a zero in nearly every other byte; a few NULs in a
// UTF-8 file (the WebVTT tests have some) are nowhere near that.
function sniffUtf16(b: Uint8Array): string | undefined {
  const n = Math.min(b.length - (b.length % 2), 4096);
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZeros++;
    if (b[i + 1] === 0) oddZeros++;
  }
  const half = n / 2;
  if (oddZeros > half * 0.4 && evenZeros < half * 0.05) return "utf-16le";
  if (evenZeros > half * 0.4 && oddZeros < half * 0.05) return "utf-16be";
  return undefined;
}

function hasUtf8Bom(b: Uint8Array): boolean {
  return b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
}

// No BOM and not valid UTF-8: old SRT files are often Windows-1252 (Latin-1),
// so read them as that rather than scatter U+FFFD through every accented
// word. WebVTT is UTF-8 by definition, so it keeps the spec's replacement.
function decodeUnmarked(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    const text = decodeWith(bytes, "utf-8");
    if (text.startsWith("WEBVTT")) return { ok: true, text, encoding: "utf-8" };
    return { ok: true, text: decodeWith(bytes, "windows-1252"), encoding: "windows-1252" };
  }
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  // fatal: false → malformed sequences become U+FFFD; the BOM is stripped.
  return new TextDecoder(encoding, { fatal: false }).decode(bytes);
}

// TextDecoder has no UTF-32, so decode it by hand (rare, but the issue asks).
function decodeUtf32(b: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 4; i + 3 < b.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    const valid = cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);
    chunk.push(valid ? cp : 0xfffd);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  if (b.length % 4 !== 0) chunk.push(0xfffd);
  parts.push(String.fromCodePoint(...chunk));
  return parts.join("");
}
