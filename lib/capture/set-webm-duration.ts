/**
 * MediaRecorder writes WebM as a live stream: no Duration in the segment's
 * Info, so players show "Infinity" and cannot seek well. Given the file's
 * first bytes, this returns a replacement for them with the Duration set; the
 * rest of the file follows unchanged (the segment's size is "unknown" in such
 * files, so growing its Info by a few bytes shifts nothing that is addressed).
 */
const EBML_ID = 0x1a45dfa3;
const SEGMENT_ID = 0x18538067;
const INFO_ID = 0x1549a966;
const DURATION_ID = 0x4489;
const CLUSTER_ID = 0x1f43b675;

export class WebmError extends Error {}

function readId(bytes: Uint8Array, at: number): { id: number; length: number } {
  const first = bytes[at];
  const length = first >= 0x80 ? 1 : first >= 0x40 ? 2 : first >= 0x20 ? 3 : first >= 0x10 ? 4 : 0;
  if (!length || at + length > bytes.length) throw new WebmError("not a WebM element id");
  let id = 0;
  for (let i = 0; i < length; i += 1) id = id * 256 + bytes[at + i];
  return { id, length };
}

function readSize(bytes: Uint8Array, at: number): { size: number | null; length: number } {
  const first = bytes[at];
  let length = 1;
  while (length <= 8 && !(first & (0x80 >> (length - 1)))) length += 1;
  if (length > 8 || at + length > bytes.length) throw new WebmError("bad element size");
  let size = first & (0xff >> length);
  let isUnknown = size === (0xff >> length);
  for (let i = 1; i < length; i += 1) {
    size = size * 256 + bytes[at + i];
    if (bytes[at + i] !== 0xff) isUnknown = false;
  }
  return { size: isUnknown ? null : size, length };
}

function encodeSize(size: number): Uint8Array {
  for (let length = 1; length <= 8; length += 1) {
    if (size < 2 ** (7 * length) - 1) {
      const out = new Uint8Array(length);
      let rest = size;
      for (let i = length - 1; i >= 0; i -= 1) {
        out[i] = rest % 256;
        rest = Math.floor(rest / 256);
      }
      out[0] |= 0x80 >> (length - 1);
      return out;
    }
  }
  throw new WebmError("element too large");
}

function durationElement(durationMs: number): Uint8Array {
  const out = new Uint8Array(11);
  out.set([0x44, 0x89, 0x88]);
  new DataView(out.buffer).setFloat64(3, durationMs);
  return out;
}

/**
 * `head`: the file's first bytes (64 KB is plenty: Info comes before the first Cluster).
 * Returns `replacement` to write instead of the first `replaces` bytes of the file.
 * Assumes the segment's TimecodeScale is the default 1 ms, as every MediaRecorder writes.
 */
export function setWebmDuration(head: Uint8Array, durationMs: number): { replacement: Uint8Array; replaces: number } {
  let at = 0;
  const header = readId(head, at);
  if (header.id !== EBML_ID) throw new WebmError("not a WebM file");
  const headerSize = readSize(head, at + header.length);
  if (headerSize.size == null) throw new WebmError("bad WebM header");
  at += header.length + headerSize.length + headerSize.size;
  const segment = readId(head, at);
  if (segment.id !== SEGMENT_ID) throw new WebmError("no WebM segment");
  at += segment.length + readSize(head, at + segment.length).length;
  while (at < head.length) {
    const child = readId(head, at);
    const size = readSize(head, at + child.length);
    if (child.id === CLUSTER_ID || size.size == null) break;
    const bodyStart = at + child.length + size.length;
    const end = bodyStart + size.size;
    if (end > head.length) throw new WebmError("WebM head cut short before its Info");
    if (child.id === INFO_ID) {
      const body: Uint8Array[] = [];
      let inner = bodyStart;
      while (inner < end) {
        const element = readId(head, inner);
        const elementSize = readSize(head, inner + element.length);
        const next = inner + element.length + elementSize.length + (elementSize.size ?? 0);
        if (element.id !== DURATION_ID) body.push(head.subarray(inner, next));
        inner = next;
      }
      body.push(durationElement(durationMs));
      const bodyLength = body.reduce((sum, part) => sum + part.length, 0);
      const idBytes = head.subarray(at, at + child.length);
      const sizeBytes = encodeSize(bodyLength);
      const replacement = new Uint8Array(at + idBytes.length + sizeBytes.length + bodyLength);
      replacement.set(head.subarray(0, at));
      let write = at;
      for (const part of [idBytes, sizeBytes, ...body]) {
        replacement.set(part, write);
        write += part.length;
      }
      return { replacement, replaces: end };
    }
    at = end;
  }
  throw new WebmError("WebM file has no Info before its first Cluster");
}
