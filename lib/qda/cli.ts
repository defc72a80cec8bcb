import { readFile } from "node:fs/promises";
import { buildImportView } from "./build-import-view";
import { QdaError } from "./qda-error";
import { readCodebook, readQdpx } from "./read-qda-file";

const USAGE = "usage: secondear qdpx FILE [--json]\n  FILE: a .qdpx, .qde or .qdc; prints what an import would see, without a database\n";

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}
const processIo: Io = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };

/** `secondear qdpx FILE [--json]`: exit 0 on success, 1 on a file it cannot read (naming the problem and where), 2 on bad usage. */
export async function run(args: string[], io: Io = processIo): Promise<number> {
  const json = args.includes("--json");
  const rest = args.filter((a) => a !== "--json");
  if (rest.length !== 1 || rest[0].startsWith("-")) {
    io.stderr(USAGE);
    return 2;
  }
  const path = rest[0];
  const fileName = path.split(/[/\\]/).pop()!;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    io.stderr(`${path}: cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
    return 1;
  }
  try {
    const out = fileName.toLowerCase().endsWith(".qdc") ? codebookView(bytes, fileName) : projectView(bytes, fileName);
    io.stdout(json ? `${JSON.stringify(out, null, 2)}\n` : summarise(out));
    return 0;
  } catch (error) {
    if (!(error instanceof QdaError)) throw error;
    io.stderr(`${path}: ${error.message}\n`);
    return 1;
  }
}

function projectView(bytes: Uint8Array, fileName: string) {
  const view = buildImportView(readQdpx(bytes, { fileName }));
  return {
    users: view.users.map(({ guid, name }) => ({ guid, name })),
    codes: view.codes.map(({ guid, name, color, parentGuid }) => ({ guid, name, color, parentGuid })),
    sources: view.sources.map((s) => ({
      guid: s.guid,
      name: s.name,
      kind: s.kind,
      codings: s.codings.map(({ userGuid, userName, codeGuid, codeName, start, end, text }) => ({ userGuid, userName, codeGuid, codeName, start, end, text })),
    })),
    notes: view.notes,
    warnings: view.warnings,
  };
}

function codebookView(bytes: Uint8Array, fileName: string) {
  const { codes, warnings } = readCodebook(bytes, { fileName });
  const flat = (list: typeof codes, parentGuid: string | null): { guid: string; name: string; color: string | null; parentGuid: string | null }[] =>
    list.flatMap((c) => [{ guid: c.guid, name: c.name, color: c.color ?? null, parentGuid }, ...flat(c.children, c.guid)]);
  return { users: [], codes: flat(codes, null), sources: [], notes: [], warnings };
}

function summarise(out: ReturnType<typeof projectView>): string {
  const lines = [`${out.users.length} user(s), ${out.codes.length} code(s), ${out.sources.length} text source(s), ${out.notes.length} note(s)`];
  for (const s of out.sources) lines.push(`  ${s.name}: ${s.codings.length} coding(s)`);
  for (const w of out.warnings) lines.push(`warning: ${w}`);
  return `${lines.join("\n")}\n`;
}
