import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import net from "node:net";
import path from "node:path";
import type { ProbeSample } from "./probe";

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const PROBE = path.join(ROOT, "bench/sync/probe.ts");

/** A benchmarked server process with the probe preloaded. */
export interface BenchServer {
  kind: "ours" | "stock";
  pid: number;
  port: number;
  /** ws://… base URL the clients connect to (the document name is appended). */
  wsUrl: string;
  httpUrl: string;
  sample(options?: { gc?: boolean }): Promise<ProbeSample>;
  stop(): Promise<void>;
  output(): string;
}

/** Starts `node --expose-gc --import tsx --import probe <script>`; resolves once `listening` matches its output. */
export async function startServerProcess(options: {
  kind: "ours" | "stock";
  script: string;
  env: Record<string, string | undefined>;
  listening: RegExp;
  wsPath: string;
  port?: number;
}): Promise<BenchServer> {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  // BENCH_SYNC_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof": extra node flags for the servers (profiling).
  const extra = (process.env.BENCH_SYNC_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...extra, "--expose-gc", "--import", "tsx", "--import", PROBE, options.script], {
    cwd: ROOT,
    env: env as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000); // the pipe is always drained
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = once(child, "exit");
  const port = await new Promise<number>((resolve, reject) => {
    const check = () => {
      const match = options.listening.exec(output);
      if (match) resolve(options.port ?? Number(match[1]));
    };
    child.stdout!.on("data", check);
    void exited.then(([code]) => reject(new Error(`${options.kind} server exited (${code}) before listening:\n${output}`)));
  });
  return {
    kind: options.kind,
    pid: child.pid!,
    port,
    wsUrl: `ws://127.0.0.1:${port}${options.wsPath}`,
    httpUrl: `http://127.0.0.1:${port}`,
    sample: (sampleOptions = {}) => askProbe(child, sampleOptions.gc ?? false),
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

let nextProbeId = 0;
function askProbe(child: ChildProcess, gc: boolean): Promise<ProbeSample> {
  const id = nextProbeId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the server's probe did not answer within 30 s")), 30_000);
    const onMessage = (message: { probeReply?: number; sample?: ProbeSample }) => {
      if (message?.probeReply !== id || !message.sample) return;
      clearTimeout(timer);
      child.off("message", onMessage);
      resolve(message.sample);
    };
    child.on("message", onMessage);
    child.send({ probe: "sample", gc, id });
  });
}

/** A port free right now (the stock server cannot report the one it picked). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== "object" || !address) throw new Error("no free port");
  return address.port;
}
