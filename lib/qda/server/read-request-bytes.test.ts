import { describe, expect, it } from "vitest";
import { readRequestBytes } from "./read-request-bytes";

const streamed = (chunks: number, size: number) =>
  new Request("http://x/", {
    method: "POST",
    // A stream without content-length, as a client that lies about nothing but sends too much.
    body: new ReadableStream({ pull(controller) { if (chunks-- > 0) controller.enqueue(new Uint8Array(size)); else controller.close(); } }),
    duplex: "half",
  } as RequestInit);

describe("readRequestBytes", () => {
  it("reads a body within the limit, and refuses one past it by its declared or its real size", async () => {
    expect((await readRequestBytes(streamed(3, 100), 1000)).length).toBe(300);
    await expect(readRequestBytes(streamed(20, 100), 1000)).rejects.toThrow(/over the limit of 1000 bytes \(QDPX_MAX_ARCHIVE_BYTES\)/);
    const declared = new Request("http://x/", { method: "POST", body: new Uint8Array(10), headers: { "content-length": "5000" } });
    await expect(readRequestBytes(declared, 1000)).rejects.toThrow(/5000 bytes; the limit is 1000/);
  });
});
