// `secondear parse FILE [--format F] [--json | --cues]`. Prints utterances
// (default, --json) or raw cues (--cues) as JSON; bad input → exit 1 with
// the error on stderr.
import { readFile, stat } from "node:fs/promises";
import { MAX_TRANSCRIPT_BYTES } from "./limits";
import { parseCues } from "./parse-cues";
import { parseTranscript } from "./parse-transcript";
import { TRANSCRIPT_FORMATS, type FormatOption } from "./types";

const USAGE = `usage: secondear parse FILE [--format auto|${TRANSCRIPT_FORMATS.join("|")}] [--json | --cues]`;

interface Args {
  file?: string;
  format: string;
  cues: boolean;
}

function parseArgs(args: string[]): Args | string {
  const out: Args = { format: "auto", cues: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--json") continue; // JSON is the only output; accepted for clarity
    else if (arg === "--cues") out.cues = true;
    else if (arg === "--format") out.format = args[++i] ?? "";
    else if (arg.startsWith("--format=")) out.format = arg.slice("--format=".length);
    else if (arg === "-h" || arg === "--help") return USAGE;
    else if (arg.startsWith("-")) return `unknown option ${arg}\n${USAGE}`;
    else if (out.file) return `only one FILE, got "${out.file}" and "${arg}"\n${USAGE}`;
    else out.file = arg;
  }
  if (!out.file) return `missing FILE\n${USAGE}`;
  if (out.format !== "auto" && !(TRANSCRIPT_FORMATS as readonly string[]).includes(out.format)) {
    return `unknown format "${out.format}"\n${USAGE}`;
  }
  return out;
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    process.stderr.write(`${args}\n`);
    return args === USAGE ? 0 : 1;
  }
  const file = args.file as string;
  let input: Uint8Array;
  try {
    // Check the size before reading, so a 5 GB file is not loaded to be refused.
    if ((await stat(file)).size > MAX_TRANSCRIPT_BYTES) {
      process.stderr.write(`error: ${file}: the file is larger than the ${MAX_TRANSCRIPT_BYTES / 1024 / 1024} MB limit (too-large)\n`);
      return 1;
    }
    input = new Uint8Array(await readFile(file));
  } catch (error) {
    process.stderr.write(`error: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  const options = { input, format: args.format as FormatOption, fileName: file };
  if (args.cues) {
    const result = parseCues(options);
    if (!result.ok) return fail(file, result.error);
    for (const w of result.warnings) process.stderr.write(`warning: ${w.message}\n`);
    process.stdout.write(`${JSON.stringify({ cues: result.cues }, null, 2)}\n`);
    return 0;
  }
  const result = parseTranscript(options);
  if (!result.ok) return fail(file, result.error);
  const { format, speakers, utterances, warnings } = result;
  process.stdout.write(`${JSON.stringify({ format, speakers, utterances, warnings, timing: result.timing }, null, 2)}\n`);
  return 0;
}

function fail(file: string, error: { code: string; message: string }): number {
  process.stderr.write(`error: ${file}: ${error.message} (${error.code})\n`);
  return 1;
}
