import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ChunkUploader } from "../chunk-uploader";
import { dataPath, getCaptureDir } from "./capture-files";
import { startCapture } from "./start-capture";

const recording = new Uint8Array(await readFile(path.join(import.meta.dirname, "../testing/chrome-recording.webm")));
const KILLS = Number(process.env.CAPTURE_CRASHES || 10);

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function startServer(mediaDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "../testing/chunk-server-main.ts"), mediaDir, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (data: Buffer) => data.toString().includes("listening") && resolve(child));
    child.on("exit", (code) => reject(new Error(`chunk server exited (${code})`)));
  });
}

describe("a recording in progress when the server is killed", () => {
  it(
    `keeps every acknowledged chunk through ${KILLS} SIGKILLs (some mid-append), and the recorder resumes where the server left off`,
    async () => {
      const mediaDir = await mkdtemp(path.join(os.tmpdir(), "secondear-capture-crash-"));
      const port = await freePort();
      try {
        const { captureId } = await startCapture({ mediaDir, interviewId: "iv1", user: { id: "u1", name: "Ana" }, input: { startCallMs: 0 } });
        let server = await startServer(mediaDir, port);
        const statuses: { waitingChunks: number }[] = [];
        const uploader = new ChunkUploader({ interviewId: "iv1", captureId, nextSeq: 0, origin: `http://127.0.0.1:${port}`, onStatus: (s) => statuses.push(s) });
        // Chunks as a recorder makes them: the real file's head first, then large bodies so kills land mid-write.
        const chunks: Uint8Array<ArrayBuffer>[] = [recording];
        for (let i = 1; i < KILLS * 10; i += 1) chunks.push(new Uint8Array(256 * 1024 + i).fill(i % 256));
        let sent = 0;
        const acknowledgedBeforeKill: number[] = [];
        for (let kill = 0; kill < KILLS; kill += 1) {
          for (const end = sent + 10; sent < end; sent += 1) uploader.enqueue(new Blob([chunks[sent]]), sent * 4000);
          await new Promise((resolve) => setTimeout(resolve, 20 + ((kill * 37) % 60)));
          server.kill("SIGKILL");
          await new Promise((resolve) => server.once("exit", resolve));
          const state = JSON.parse(await readFile(path.join(getCaptureDir(mediaDir, "iv1"), "state.json"), "utf8")) as { nextSeq: number };
          acknowledgedBeforeKill.push(state.nextSeq);
          server = await startServer(mediaDir, port);
          // The recording so far is there after the restart.
          const answer = (await (await fetch(`http://127.0.0.1:${port}/api/interviews/iv1/capture`)).json()) as { capture: { nextSeq: number } };
          expect(answer.capture.nextSeq).toBeGreaterThanOrEqual(state.nextSeq);
        }
        await uploader.drained();
        server.kill("SIGKILL");
        expect(statuses.at(-1)).toMatchObject({ waitingChunks: 0, error: null });
        const stored = new Uint8Array(await readFile(dataPath(getCaptureDir(mediaDir, "iv1"))));
        const expected = Buffer.concat(chunks.slice(0, sent));
        expect(stored.length).toBe(expected.length);
        expect(Buffer.from(stored).equals(expected)).toBe(true);
        // Kills came while chunks were still arriving (not after everything was stored).
        expect(acknowledgedBeforeKill.filter((n, i) => n < (i + 1) * 10).length).toBeGreaterThan(0);
      } finally {
        await rm(mediaDir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
