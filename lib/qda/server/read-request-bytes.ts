import { QdaError } from "../qda-error";

/** The request body, refused once it passes `maxBytes` (without reading the rest). */
export async function readRequestBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) throw new QdaError(`the file is ${declared} bytes; the limit is ${maxBytes} (QDPX_MAX_ARCHIVE_BYTES)`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body?.getReader();
  for (;;) {
    const next = await reader?.read();
    if (!next || next.done) break;
    total += next.value.length;
    if (total > maxBytes) {
      await reader?.cancel();
      throw new QdaError(`the file is over the limit of ${maxBytes} bytes (QDPX_MAX_ARCHIVE_BYTES)`);
    }
    chunks.push(next.value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
