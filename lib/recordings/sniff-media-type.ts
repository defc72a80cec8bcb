import { fileTypeFromBuffer } from "file-type";

/** How much of the upload is held back to recognise its type (file-type needs ~4 KB; ID3 tags and MP4 boxes like more). */
export const SNIFF_BYTES = 64 * 1024;

export type SniffResult = { ok: true; mimeType: string; ext: string } | { ok: false; detected: string | null };

// file-type names a few types the way no browser's <audio> expects them.
const CANONICAL: Record<string, string> = { "audio/x-m4a": "audio/mp4", "audio/vnd.wave": "audio/wav", "audio/x-wav": "audio/wav" };

/**
 * Recognises audio or video from the first bytes of a file, never from its name
 * or the client's Content-Type (both are the sender's claim, not the content).
 */
export async function sniffMediaType(head: Uint8Array): Promise<SniffResult> {
  const found = await fileTypeFromBuffer(head).catch(() => undefined);
  if (!found) return { ok: false, detected: null };
  const mimeType = CANONICAL[found.mime] ?? found.mime;
  if (mimeType.startsWith("audio/") || mimeType.startsWith("video/")) return { ok: true, mimeType, ext: found.ext };
  return { ok: false, detected: mimeType };
}
