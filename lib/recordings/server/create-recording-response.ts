import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { parseRange } from "../parse-range";

/**
 * Serves a stored recording, honouring a single HTTP Range so media elements
 * can seek without downloading everything first. Reads from disk as it sends.
 */
export async function createRecordingResponse(options: {
  filePath: string;
  mimeType: string;
  fileName: string;
  etag: string;
  rangeHeader: string | null;
}): Promise<Response> {
  const size = (await stat(options.filePath)).size;
  const headers = new Headers({
    "accept-ranges": "bytes",
    "content-type": options.mimeType,
    // Private: members only. no-cache: revalidate, so a replaced recording is never served stale.
    "cache-control": "private, no-cache",
    etag: options.etag,
    "content-disposition": `inline; filename*=UTF-8''${encodeURIComponent(options.fileName)}`,
    "x-content-type-options": "nosniff",
  });
  const range = parseRange(options.rangeHeader, size);
  if (range === "unsatisfiable") {
    headers.set("content-range", `bytes */${size}`);
    return new Response(null, { status: 416, headers });
  }
  const start = range?.start ?? 0;
  const end = range?.end ?? size - 1;
  headers.set("content-length", String(size === 0 ? 0 : end - start + 1));
  if (range) headers.set("content-range", `bytes ${start}-${end}/${size}`);
  const body = size === 0 ? null : (Readable.toWeb(createReadStream(options.filePath, { start, end })) as ReadableStream<Uint8Array>);
  return new Response(body, { status: range ? 206 : 200, headers });
}
