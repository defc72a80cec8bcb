// `secondear questions [--json]`: one utterance per line on stdin; prints the
// questions found in each, classified, so the classifier can be checked alone.
// Blank lines are skipped; output order follows the non-blank input lines.
// Each line is coded alone (no customer turn before it), as the learned coder
// does in a transcript; `rule` names the rule or "learned.open"/"learned.closed".
import { codeQuestions } from "./coding/code-questions";
import { findQuestions } from "./questions/find-questions";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function run(args: string[]): Promise<number> {
  const unknown = args.filter((a) => a !== "--json");
  if (unknown.length > 0) {
    process.stderr.write(`unknown argument ${unknown[0]}\nusage: secondear questions [--json] < utterances.txt\n`);
    return 2;
  }
  const lines = (await readStdin()).split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
  const found = codeQuestions(lines, findQuestions(lines));
  const out = lines.map((text, i) => ({
    text,
    questions: found[i].map((q) => ({ text: q.text, kind: q.kind, rule: q.rule, reason: q.reason })),
  }));
  if (args.includes("--json")) process.stdout.write(JSON.stringify(out, null, 2) + "\n");
  else for (const o of out) {
    process.stdout.write(`${o.text}\n`);
    for (const q of o.questions) process.stdout.write(`  ${q.kind.padEnd(7)} ${q.text}  [${q.rule}]\n`);
  }
  return 0;
}
