import { readFile, writeFile } from "node:fs/promises";
import { interviewToQda } from "./interview-to-qda";
import { reportJsonToQda } from "./report-json-to-qda";
import { writeQdpx } from "./write-qdpx";

const USAGE = "usage: secondear export-qdpx INTERVIEW_JSON OUT.qdpx\n  INTERVIEW_JSON: the report's JSON export (GET /api/interviews/:id/export?format=json)\n";

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}
const processIo: Io = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };

/** `secondear export-qdpx IN.json OUT.qdpx`: a .qdpx from a report JSON export, without a server. */
export async function run(args: string[], io: Io = processIo): Promise<number> {
  if (args.length !== 2 || args.some((a) => a.startsWith("-"))) {
    io.stderr(USAGE);
    return 2;
  }
  const [input, output] = args;
  let json: unknown;
  try {
    json = JSON.parse(await readFile(input, "utf8"));
  } catch (error) {
    io.stderr(`${input}: ${(error as NodeJS.ErrnoException).code ? `cannot read file (${(error as NodeJS.ErrnoException).code})` : `not valid JSON: ${(error as Error).message}`}\n`);
    return 1;
  }
  try {
    const qda = interviewToQda(reportJsonToQda(json, new Date().toISOString()));
    await writeFile(output, writeQdpx(qda));
    const codings = qda.project.textSources[0].selections.length;
    io.stdout(`${output}: ${qda.project.users.length} user(s), ${codings} coded passage(s)${qda.skipped ? `, ${qda.skipped} tag(s) not placed` : ""}\n`);
    return 0;
  } catch (error) {
    io.stderr(`${input}: ${(error as Error).message}\n`);
    return 1;
  }
}
