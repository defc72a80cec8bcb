import { crc32 } from "node:zlib";

/**
 * One journal frame: [u32 body length][u32 CRC-32 of body][body], body =
 * [u16 name length][name UTF-8][update bytes]. Little-endian. The checksum
 * tells a torn last frame (a crash mid-write) from a whole one.
 */
export interface JournalFrame {
  name: string;
  update: Uint8Array;
}

const HEADER_BYTES = 8;
/** A document name is short (lib/collab/document-name.ts); anything longer is not ours. */
const MAX_NAME_BYTES = 0xffff;

export function encodeFrame(name: string, update: Uint8Array): Buffer {
  const nameBytes = Buffer.from(name, "utf8");
  if (nameBytes.length > MAX_NAME_BYTES) throw new Error(`document name too long for the journal (${nameBytes.length} bytes)`);
  const bodyLength = 2 + nameBytes.length + update.length;
  const frame = Buffer.allocUnsafe(HEADER_BYTES + bodyLength);
  frame.writeUInt32LE(bodyLength, 0);
  frame.writeUInt16LE(nameBytes.length, HEADER_BYTES);
  nameBytes.copy(frame, HEADER_BYTES + 2);
  frame.set(update, HEADER_BYTES + 2 + nameBytes.length);
  frame.writeUInt32LE(crc32(frame.subarray(HEADER_BYTES)), 4);
  return frame;
}

export interface DecodedFrames {
  frames: JournalFrame[];
  /** Where the readable frames end; less than the buffer's length when the tail was dropped. */
  validBytes: number;
  /** Why the tail was dropped (a torn or corrupt frame), when it was. */
  dropped?: { offset: number; bytes: number; reason: "truncated header" | "truncated frame" | "checksum mismatch" | "bad name length" };
}

/** Reads frames until the end or the first frame that is not whole and intact; nothing after that is trusted. */
export function decodeFrames(buffer: Buffer): DecodedFrames {
  const frames: JournalFrame[] = [];
  let offset = 0;
  const drop = (reason: NonNullable<DecodedFrames["dropped"]>["reason"]): DecodedFrames => ({
    frames,
    validBytes: offset,
    dropped: { offset, bytes: buffer.length - offset, reason },
  });
  while (offset < buffer.length) {
    if (buffer.length - offset < HEADER_BYTES) return drop("truncated header");
    const bodyLength = buffer.readUInt32LE(offset);
    const end = offset + HEADER_BYTES + bodyLength;
    if (bodyLength < 2 || end > buffer.length) return drop("truncated frame");
    const body = buffer.subarray(offset + HEADER_BYTES, end);
    if (crc32(body) !== buffer.readUInt32LE(offset + 4)) return drop("checksum mismatch");
    const nameLength = body.readUInt16LE(0);
    if (2 + nameLength > body.length) return drop("bad name length");
    frames.push({
      name: body.toString("utf8", 2, 2 + nameLength),
      // A copy: the file's buffer is released once read.
      update: new Uint8Array(body.subarray(2 + nameLength)),
    });
    offset = end;
  }
  return { frames, validBytes: offset };
}
