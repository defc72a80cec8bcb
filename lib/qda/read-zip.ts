import { Unzip, UnzipInflate, UnzipPassThrough } from "fflate";
import { QdaError } from "./qda-error";
import type { ZipLimits } from "./zip-limits";

/**
 * The entries of a zip that `wanted(name)` asks for, decompressed with a running byte count, so
 * sizes a crafted header lies about cannot get past the limit. Any entry whose path would escape
 * the archive (absolute, `..`, a drive letter) refuses the whole file.
 */
export function readZip(bytes: Uint8Array, limits: ZipLimits, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  if (bytes.length > limits.maxArchiveBytes) throw new QdaError(`the archive is ${bytes.length} bytes; the limit is ${limits.maxArchiveBytes} (QDPX_MAX_ARCHIVE_BYTES)`);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new QdaError("not a zip archive (a .qdpx is a zip holding project.qde)");
  const out = new Map<string, Uint8Array>();
  let entries = 0;
  let total = 0;
  let failure: Error | null = null;
  const unzip = new Unzip((file) => {
    if (failure) return;
    entries++;
    if (entries > limits.maxEntries) {
      failure = new QdaError(`more than ${limits.maxEntries} entries (QDPX_MAX_ENTRIES)`);
      return;
    }
    if (isEscapingPath(file.name)) {
      failure = new QdaError("the entry's path leaves the archive; refusing the file", `entry “${file.name}”`);
      return;
    }
    if (!wanted(file.name) || file.name.endsWith("/")) return;
    const chunks: Uint8Array[] = [];
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = new QdaError(`cannot be decompressed (${error.message})`, `entry “${file.name}”`);
        return;
      }
      total += chunk.length;
      if (total > limits.maxUncompressedBytes) {
        failure = new QdaError(`decompresses to more than ${limits.maxUncompressedBytes} bytes (QDPX_MAX_UNCOMPRESSED_BYTES); refusing it as a possible zip bomb`, `entry “${file.name}”`);
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) out.set(file.name, concat(chunks));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    // Pushed in slices so a bomb is stopped after its first megabytes, not after inflating it all.
    const step = 1 << 20;
    for (let at = 0; at < bytes.length && !failure; at += step) unzip.push(bytes.subarray(at, Math.min(bytes.length, at + step)), at + step >= bytes.length);
  } catch (error) {
    failure ??= new QdaError(`the archive is damaged (${(error as Error).message})`);
  }
  if (failure) throw failure;
  return out;
}

export function isEscapingPath(name: string): boolean {
  const normal = name.replace(/\\/g, "/");
  return normal.startsWith("/") || /^[a-zA-Z]:/.test(normal) || normal.split("/").some((part) => part === "..") || normal.includes("\0");
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
