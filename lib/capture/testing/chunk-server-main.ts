// The capture routes' storage behind a bare HTTP server, as its own process,
// so the crash test can SIGKILL it mid-recording: `tsx chunk-server-main.ts <mediaDir> <port>`.
import http from "node:http";
import { CaptureError } from "../capture-errors";
import { appendCaptureChunk } from "../server/append-capture-chunk";
import { getCapture } from "../server/get-capture";

const [mediaDir, port] = process.argv.slice(2);
const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://x");
  const match = /^\/api\/interviews\/([^/]+)\/capture(\/chunks)?$/.exec(url.pathname);
  const send = (status: number, body: unknown) => response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  if (!match) return send(404, { error: "no route" });
  const parts: Buffer[] = [];
  request.on("data", (part: Buffer) => parts.push(part));
  request.on("end", () => {
    const work = match[2]
      ? appendCaptureChunk({ mediaDir, interviewId: match[1], input: Object.fromEntries(url.searchParams), bytes: new Uint8Array(Buffer.concat(parts)), maxBytes: 1e9 }).then((s) => ({ nextSeq: s.nextSeq }))
      : getCapture({ mediaDir, interviewId: match[1] }).then((capture) => ({ capture }));
    work.then(
      (body) => send(200, body),
      (error) => (error instanceof CaptureError ? send(error.status, { error: error.message, ...error.detail }) : send(500, { error: String(error) })),
    );
  });
});
server.listen(Number(port), "127.0.0.1", () => process.stdout.write("listening\n"));
