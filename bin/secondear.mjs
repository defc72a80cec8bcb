#!/usr/bin/env node
// The `secondear` command: each subcommand lives beside its domain in lib/<domain>/cli.ts.
import { register } from "tsx/esm/api";

register();
const commands = {
  parse: "../lib/transcript/cli.ts",
  agreement: "../lib/agreement/cli.ts",
  analyze: "../lib/analysis/cli.ts",
  questions: "../lib/analysis/questions-cli.ts",
  transcribe: "../lib/transcription/cli.ts",
  qdpx: "../lib/qda/cli.ts",
  "export-qdpx": "../lib/qda/export-cli.ts",
};
const [name, ...args] = process.argv.slice(2);
if (!name || !(name in commands)) {
  process.stderr.write(`usage: secondear <${Object.keys(commands).join("|")}> [options]\n`);
  process.exit(name ? 1 : 0);
}
const { run } = await import(new URL(commands[name], import.meta.url).href);
process.exitCode = await run(args);
