// Starts the app for Playwright on a throwaway database: a fresh PGlite folder,
// or a fresh PostgreSQL database when DATABASE_URL points at a server.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "secondear-e2e-"));
// Every e2e person signs up from 127.0.0.1: the per-address sign-up limit would stop the run, not a guesser.
const env = { ...process.env, DATA_DIR: dataDir, PORT: process.env.E2E_PORT || "3210", AUTH_SECRET: "", SIGN_UPS_PER_IP_PER_HOUR: "100000" };
let dropDatabase = async () => {};

if (/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "")) {
  const name = `secondear_e2e_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  dropDatabase = async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  };
} else {
  delete env.DATABASE_URL;
}

// "Transcribe" goes to a stand-in speech-to-text service (a real model cannot run here).
const transcriber = spawn(process.execPath, ["--import", "tsx", "lib/transcription/testing/stand-in-main.ts"], { stdio: ["ignore", "pipe", "inherit"] });
env.TRANSCRIBE_URL = await new Promise((resolve, reject) => {
  let out = "";
  transcriber.stdout.on("data", (chunk) => {
    out += chunk;
    const match = /stand-in transcriber on (\S+)/.exec(out);
    if (match) resolve(match[1]);
  });
  transcriber.on("exit", (code) => reject(new Error(`the stand-in transcriber exited (${code})`)));
});

const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], { env, stdio: ["inherit", "pipe", "pipe"] });
// A library loaded twice into the app (one copy in Next's bundle, one in the
// server's) only warns, then breaks instanceof checks: recorded so the e2e run
// fails on it (e2e/fixtures/check-server-warnings.ts).
const DUPLICATE_LIBRARY = /was already imported/;
for (const [stream, out] of [
  [child.stdout, process.stdout],
  [child.stderr, process.stderr],
]) {
  let partial = ""; // a line split across chunks is matched whole
  stream.on("data", (chunk) => {
    out.write(chunk);
    const lines = (partial + chunk.toString()).split("\n");
    partial = lines.pop();
    recordWarnings(lines);
  });
  stream.on("end", () => recordWarnings([partial]));
}

function recordWarnings(lines) {
  const file = process.env.E2E_SERVER_WARNINGS;
  const warnings = lines.filter((line) => DUPLICATE_LIBRARY.test(line)).map((line) => line.replace(/\x1b\[[0-9;]*m/g, ""));
  if (file && warnings.length > 0) appendFileSync(file, `${warnings.join("\n")}\n`);
}

const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
// "close", not "exit": the app's last output is read (and scanned) first.
child.on("close", async (code) => {
  transcriber.kill("SIGTERM");
  await dropDatabase().catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
