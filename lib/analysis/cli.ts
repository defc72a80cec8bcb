// `secondear analyze FILE [--interviewer NAME ...] [--customer NAME ...] [--buddy NAME ...] [--json]`
import { analyzeTranscript } from "./analyze-transcript";
import { formatSummary } from "./format-summary";
import { parseCliArgs } from "./parse-cli-args";
import { readTranscriptFile } from "./read-transcript-file";

const USAGE = "usage: secondear analyze FILE [--interviewer NAME ...] [--customer NAME ...] [--buddy NAME ...] [--json]\n";

export async function run(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(USAGE);
    return 0;
  }
  const parsed = parseCliArgs(args);
  if (parsed.errors.length > 0 || !parsed.file) {
    process.stderr.write(`${parsed.errors.join("\n")}${parsed.errors.length ? "\n" : ""}${USAGE}`);
    return 2;
  }
  const read = await readTranscriptFile(parsed.file, parsed);
  if (!read.ok) {
    process.stderr.write(`secondear analyze: ${read.message}\n`);
    return 1;
  }
  const result = analyzeTranscript({ utterances: read.utterances });
  result.warnings.unshift(...read.warnings);
  // Warnings go to stderr too, so a guessed role is never silently hidden inside --json output.
  for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
  process.stdout.write(parsed.json ? JSON.stringify(result, null, 2) + "\n" : formatSummary(result));
  return 0;
}
