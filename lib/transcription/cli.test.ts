import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeToneWav } from "./testing/make-wav";
import { startStandInTranscriber } from "./testing/stand-in-server";

const bin = path.resolve(__dirname, "../../bin/secondear.mjs");
let dir: string;
let server: Awaited<ReturnType<typeof startStandInTranscriber>>;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "secondear-transcribe-"));
  fs.writeFileSync(path.join(dir, "call.wav"), makeToneWav({ rate: 16_000, durationMs: 4_000, channels: [[[0, 1_000]], [[1_500, 3_000]]] }));
  server = await startStandInTranscriber();
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

// Asynchronous: the stand-in server runs in this process and must answer while the command waits.
function secondear(args: string[], env: Record<string, string | undefined>) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, TRANSCRIBE_URL: undefined, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.on("exit", (status: number | null) => resolve({ status, stdout, stderr }));
  });
}

describe("secondear transcribe", () => {
  it("prints the same utterance JSON as `secondear parse --json`, speakers from the channels", async () => {
    const result = await secondear(["transcribe", path.join(dir, "call.wav"), "--json"], { TRANSCRIBE_URL: server.url });
    expect(result.stderr).toContain("transcribed 2 of 2 pieces");
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ format: "secondear", version: 1, speakers: ["Interviewer", "Customer"], timing: "exact" });
    expect(json.utterances).toEqual([
      { speaker: "Interviewer", role: "interviewer", startMs: 0, endMs: 1_000, text: "said for 1.0 s" },
      { speaker: "Customer", role: "customer", startMs: 1_500, endMs: 3_000, text: "said for 1.5 s" },
    ]);
    // The parse command reads what transcribe writes.
    fs.writeFileSync(path.join(dir, "call.json"), result.stdout);
    const parsed = spawnSync(process.execPath, [bin, "parse", path.join(dir, "call.json"), "--json"], { encoding: "utf8" });
    expect(parsed.status, parsed.stderr).toBe(0);
    expect(JSON.parse(parsed.stdout).utterances).toEqual(json.utterances);
  });

  it("says what to configure when TRANSCRIBE_URL is unset, and refuses a file that is not WAV", async () => {
    const unset = await secondear(["transcribe", path.join(dir, "call.wav")], {});
    expect(unset.status).toBe(1);
    expect(unset.stderr).toMatch(/Transcription is not set up: set TRANSCRIBE_URL/);
    fs.writeFileSync(path.join(dir, "notes.txt"), "hello");
    const notWav = await secondear(["transcribe", path.join(dir, "notes.txt")], { TRANSCRIBE_URL: server.url });
    expect(notWav.status).toBe(1);
    expect(notWav.stderr).toMatch(/notes\.txt: not a WAV file/);
  });
});
